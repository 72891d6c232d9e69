import { Link, Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { useSegments } from '@/features/campaigns/api/get-segments';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** The studio's segments (owners and admins): saved client filters, each with how many clients it holds now. */
export default function SegmentsRoute() {
  const me = useCurrentUser();
  const segments = useSegments();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <ButtonLink to={paths.campaigns.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Campaigns
      </ButtonLink>
      <PageHeader title="Segments" description="Groups of clients chosen by status, tags, trainer, membership and attendance, counted as they are today." actions={<ButtonLink to={paths.segmentNew.getHref()}>New segment</ButtonLink>} />
      {segments.isPending ? (
        <Spinner label="Loading segments…" />
      ) : segments.isError ? (
        <ErrorState error={segments.error} onRetry={() => segments.refetch()} />
      ) : segments.data.items.length === 0 ? (
        <EmptyState title="No segments yet" action={<ButtonLink to={paths.segmentNew.getHref()}>New segment</ButtonLink>}>
          A segment is who a campaign goes to: “active clients tagged VIP”, “no session in 30 days”.
        </EmptyState>
      ) : (
        <Card>
          <ul aria-label="Segments" className="flex flex-col divide-y divide-border">
            {segments.data.items.map((segment) => (
              <li key={segment.id} className="flex flex-col gap-1 px-4 py-3 text-sm sm:flex-row sm:justify-between sm:gap-4">
                <div className="min-w-0">
                  <Link to={paths.segment.getHref(segment.id)} className="font-semibold text-primary-text hover:underline">
                    {segment.name}
                  </Link>
                  <p className="break-words text-muted">{segment.summary}</p>
                </div>
                <p className="shrink-0 font-medium">
                  {segment.count.toLocaleString()} {segment.count === 1 ? 'client' : 'clients'}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
