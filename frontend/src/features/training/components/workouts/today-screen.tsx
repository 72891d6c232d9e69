import type { PlannedWorkout } from '@/features/training/api/get-today-workout';
import { useOfflineWorkouts } from '@/features/training/components/workouts/use-offline-workouts';
import { WorkoutLogger } from '@/features/training/components/workouts/workout-logger';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

const dayLabel = (day: string) =>
  new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

function Upcoming({ workouts, current }: { workouts: PlannedWorkout[]; current?: number }) {
  const later = workouts.filter((workout) => workout.program_workout_id !== current);
  if (!later.length) return null;
  return (
    <Card className="p-3 sm:p-4">
      <h2 className="font-semibold">Coming up</h2>
      <ul className="mt-2 divide-y divide-border text-sm">
        {later.map((workout) => (
          <li key={workout.program_workout_id} className="flex justify-between gap-2 py-2">
            <span>{workout.name}</span>
            <span className="text-muted">{dayLabel(workout.scheduled_date!)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/**
 * Today's workout, ready to log with one hand: from the server when it answers, else from the
 * phone's copy (offline), with what was logged kept on the phone until it syncs.
 */
export function TodayScreen({ userId, clientId = null }: { userId: number; clientId?: number | null }) {
  const workouts = useOfflineWorkouts(userId, clientId);
  if (workouts.isPending) return <Spinner label="Loading today's workout…" />;
  if (workouts.isError) return <ErrorState error={workouts.error} onRetry={() => workouts.refetch()} />;
  const { today, upcoming, offline, savedAt } = workouts.data;
  const plan = today.workout;
  return (
    <div className="flex flex-col gap-3">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{plan ? plan.name : 'Today'}</h1>
        <p className="text-sm text-muted">
          {plan ? `${plan.program_name} · week ${plan.week_number}, day ${plan.day_number} · ${dayLabel(plan.scheduled_date!)}` : null}
        </p>
        {today.status !== 'today' ? <p className="mt-1 text-sm">{today.message}</p> : null}
        {offline && savedAt ? (
          <p className="mt-1 text-xs text-muted">
            Offline: showing the workout as it was at {new Date(savedAt).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' })}.
          </p>
        ) : null}
      </div>
      {plan ? (
        <>
          {plan.notes ? <p className="text-sm">{plan.notes}</p> : null}
          <WorkoutLogger key={plan.program_workout_id} userId={userId} clientId={clientId} plan={plan} />
        </>
      ) : (
        <EmptyState title="No workout scheduled">{today.message}</EmptyState>
      )}
      <Upcoming workouts={upcoming} current={plan?.program_workout_id} />
    </div>
  );
}
