import { useCommentedWorkouts } from '@/features/training/api/get-commented-workouts';
import { CommentThread } from '@/features/training/components/coaching/comment-thread';
import { Card } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format';

/** The portal's "From your coach": the client's workouts with comments, newest comment first, each thread open to reply. */
export function PortalWorkoutComments({ timeZone }: { timeZone: string }) {
  const workouts = useCommentedWorkouts(5);
  if (workouts.isPending) return <Spinner label="Loading your coach’s comments…" />;
  if (workouts.isError) return <ErrorState error={workouts.error} onRetry={() => workouts.refetch()} />;
  if (workouts.data.items.length === 0) return null;
  return (
    <Card>
      <h2 className="text-lg font-semibold">From your coach</h2>
      <p className="mb-2 text-sm text-muted">Comments on your workouts. Reply to let your coach know how it went.</p>
      <ul className="divide-y divide-border" aria-label="Comments on your workouts">
        {workouts.data.items.map((workout) => (
          <li key={workout.id} className="py-3">
            <p className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-semibold">{workout.name}</span>
              <time dateTime={workout.finished_at ?? workout.started_at} className="text-xs text-muted">
                {formatDateTime(workout.finished_at ?? workout.started_at, timeZone)}
              </time>
            </p>
            <div className="mt-1">
              <CommentThread workoutLogId={workout.id} timeZone={timeZone} placeholder="Reply to your coach…" />
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
