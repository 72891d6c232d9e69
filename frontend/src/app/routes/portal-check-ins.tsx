import { useCurrentUser } from '@/app/use-current-user';
import { useCheckInDue } from '@/features/progress/api/get-check-in-due';
import { useClientCheckIns } from '@/features/progress/api/get-client-check-ins';
import { dueDay, shortDate } from '@/features/progress/components/checkins/check-in-words';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { Link } from 'react-router';

/** The client's check-ins: this week's to fill in, the overdue ones, and the ones sent with the coach's replies. */
export default function PortalCheckInsRoute() {
  const me = useCurrentUser();
  const clientId = me.client_id ?? 0;
  const due = useCheckInDue(clientId);
  const sent = useClientCheckIns(clientId);
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  const next = due.data?.next_due;
  return (
    <>
      <ButtonLink to={paths.portal.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Portal
      </ButtonLink>
      <PageHeader title="Check-ins" description={due.data?.assignment ? `${due.data.assignment.form_name}, every ${due.data.assignment.weekday_name}` : 'Your weekly check-in with your coach'} />
      {due.isPending ? (
        <Spinner label="Loading your check-ins…" />
      ) : due.isError ? (
        <ErrorState error={due.error} onRetry={() => due.refetch()} />
      ) : (
        <div className="flex flex-col gap-4">
          {!due.data.assignment ? <EmptyState title="No weekly check-in">Your coach has not set up a weekly check-in for you yet.</EmptyState> : null}
          {next && !next.submission_id ? (
            <Card className="flex flex-col gap-3 border-primary">
              <div>
                <h2 className="text-lg font-semibold">This week's check-in</h2>
                <p className="text-sm text-muted">Due {dueDay(next.due_on)}</p>
              </div>
              <ButtonLink to={paths.portalCheckIn.getHref(next.due_on)} className="min-h-14 text-base">
                Fill in this week's check-in
              </ButtonLink>
            </Card>
          ) : next ? (
            <Card>
              <h2 className="font-semibold">This week's check-in is sent</h2>
              <p className="text-sm text-muted">Your coach will read it and reply. The next one is due a week after {dueDay(next.due_on)}.</p>
            </Card>
          ) : null}
          {due.data.overdue.length > 0 ? (
            <Card aria-labelledby="overdue-title">
              <h2 id="overdue-title" className="mb-2 font-semibold text-danger">
                {due.data.overdue_count === 1 ? '1 overdue check-in' : `${due.data.overdue_count} overdue check-ins`}
              </h2>
              <ul className="divide-y divide-border">
                {due.data.overdue.map((day) => (
                  <li key={day}>
                    <Link to={paths.portalCheckIn.getHref(day)} className="flex min-h-12 items-center justify-between gap-2 py-2 hover:underline">
                      <span>Week due {dueDay(day)}</span>
                      <span aria-hidden>→</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          <Card aria-labelledby="sent-title">
            <h2 id="sent-title" className="mb-2 font-semibold">
              Sent
            </h2>
            {sent.isPending ? (
              <Spinner />
            ) : sent.isError ? (
              <ErrorState error={sent.error} onRetry={() => sent.refetch()} />
            ) : sent.data.items.length === 0 ? (
              <p className="text-sm text-muted">Nothing sent yet.</p>
            ) : (
              <ul className="divide-y divide-border">
                {sent.data.items.map((item) => (
                  <li key={item.id}>
                    <Link to={paths.portalCheckIn.getHref(item.due_on)} className="flex min-h-12 flex-wrap items-center justify-between gap-2 py-2 hover:underline">
                      <span>Week due {shortDate(item.due_on)}</span>
                      <span className="flex gap-1.5">{item.replied ? <Badge tone="primary">Coach replied</Badge> : item.reviewed_at ? <Badge tone="success">Read by coach</Badge> : <Badge>Sent</Badge>}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
