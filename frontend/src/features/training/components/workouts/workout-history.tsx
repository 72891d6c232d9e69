import { useState } from 'react';
import { useClientWorkouts, type WorkoutSummary } from '@/features/training/api/get-client-workouts';
import { CommentThread } from '@/features/training/components/coaching/comment-thread';
import { formatLoad, formatWorkoutDuration } from '@/features/training/components/progress/training-format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format';

function volume(kilograms: number | null | undefined): string | null {
  if (!kilograms) return null;
  return `${formatLoad(kilograms, 'kg')} lifted`;
}

function LoggedWorkoutCard({ workout, timeZone }: { workout: WorkoutSummary; timeZone: string }) {
  const [commentsOpen, setCommentsOpen] = useState(false);
  const facts = [formatWorkoutDuration(workout.duration_seconds), volume(workout.total_volume_kg), workout.logged_by_name ? `logged by ${workout.logged_by_name}` : null].filter(Boolean);
  const when = workout.finished_at ?? workout.started_at;
  return (
    <li>
      <Card className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
          <h4 className="font-semibold">{workout.name}</h4>
          <p className="text-sm text-muted">
            {when ? <time dateTime={when}>{formatDateTime(when, timeZone)}</time> : null}
            {workout.finished_at ? null : ' · not finished'}
          </p>
        </div>
        {facts.length ? <p className="text-sm text-muted">{facts.join(' · ')}</p> : null}
        {workout.records?.length ? (
          <ul className="flex flex-col gap-1" aria-label="Records">
            {workout.records.map((record) => (
              <li key={`${record.set_log_id}-${record.kind}`} className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone="success">Record</Badge>
                {record.text}
              </li>
            ))}
          </ul>
        ) : null}
        <dl className="grid gap-2 text-sm sm:grid-cols-[minmax(10rem,14rem)_1fr]">
          {workout.exercises?.map((exercise) => (
            <div key={exercise.exercise_id} className="contents">
              <dt className="font-medium">{exercise.name}</dt>
              <dd className="text-muted">
                {exercise.summary}
                {exercise.note ? <span className="block italic">“{exercise.note}”</span> : null}
              </dd>
            </div>
          ))}
        </dl>
        {workout.note ? <p className="text-sm italic">“{workout.note}”</p> : null}
        {workout.id && workout.finished_at ? (
          <div>
            <Button variant="secondary" aria-expanded={commentsOpen} onClick={() => setCommentsOpen((open) => !open)}>
              {commentsOpen ? 'Hide comments' : 'Comments'}
            </Button>
            {commentsOpen ? (
              <div className="mt-3">
                <CommentThread workoutLogId={workout.id} timeZone={timeZone} />
              </div>
            ) : null}
          </div>
        ) : null}
      </Card>
    </li>
  );
}

/** A client's logged workouts, newest first: what they did set by set, their records and the coach's comments. */
export function WorkoutHistory({ clientId, clientName, timeZone }: { clientId: number; clientName: string; timeZone: string }) {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const workouts = useClientWorkouts(clientId, page, perPage);
  if (workouts.isPending) return <Spinner label="Loading workouts…" />;
  if (workouts.isError) return <ErrorState error={workouts.error} onRetry={() => workouts.refetch()} />;
  if (!workouts.data.items.length) {
    return <EmptyState title="No workouts logged yet">{`When ${clientName} logs a workout, or you log one for them, it appears here.`}</EmptyState>;
  }
  return (
    <div className={workouts.isPlaceholderData ? 'opacity-60' : undefined}>
      <ul className="flex flex-col gap-3" aria-label="Logged workouts">
        {workouts.data.items.map((workout) => (
          <LoggedWorkoutCard key={workout.id} workout={workout} timeZone={timeZone} />
        ))}
      </ul>
      <ListFooter
        meta={workouts.data.meta}
        onPage={setPage}
        onPerPage={(size) => {
          setPerPage(size);
          setPage(1);
        }}
      />
    </div>
  );
}
