import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { useSegment } from '@/features/campaigns/api/get-segments';
import { useDeleteSegment } from '@/features/campaigns/api/save-segment';
import { SegmentBuilder } from '@/features/campaigns/components/segment-builder';
import { Button, ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';

/** The segment builder: a new segment, or one to change or delete, with its live count. */
export default function SegmentRoute() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { segmentId } = useParams();
  const found = useSegment(segmentId ? Number(segmentId) : undefined);
  const remove = useDeleteSegment();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  const back = (
    <ButtonLink to={paths.segments.getHref()} variant="ghost" className="-ml-3 mb-1">
      ← Segments
    </ButtonLink>
  );
  const done = () => navigate(paths.segments.getHref());
  if (!segmentId) {
    return (
      <>
        {back}
        <PageHeader title="New segment" description="The count follows your filters as you change them." />
        <SegmentBuilder onSaved={done} />
      </>
    );
  }
  if (found.isPending) return <Spinner label="Loading the segment…" />;
  if (found.isError) return <ErrorState error={found.error} onRetry={() => found.refetch()} />;
  const segment = found.data;
  return (
    <>
      {back}
      <PageHeader title={segment.name} description={segment.summary} actions={<Button variant="secondary" onClick={() => setConfirming(true)}>Delete</Button>} />
      <SegmentBuilder segment={segment} onSaved={done} />
      <ConfirmDialog
        open={confirming}
        title={`Delete “${segment.name}”?`}
        confirmLabel="Delete segment"
        danger
        loading={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(segment.id, {
            onSuccess: () => {
              toast.success(`“${segment.name}” deleted.`);
              done();
            },
            onError: (error) => {
              toast.error(errorMessage(error));
              setConfirming(false);
            },
          })
        }
      >
        Clients stay as they are; only the saved filters go.
      </ConfirmDialog>
    </>
  );
}
