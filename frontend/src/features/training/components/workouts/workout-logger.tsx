import { useSyncExternalStore } from 'react';
import type { PlannedWorkout } from '@/features/training/api/get-today-workout';
import { ExerciseCard } from '@/features/training/components/workouts/exercise-card';
import { ownerOf } from '@/features/training/components/workouts/offline-store';
import { RestTimer } from '@/features/training/components/workouts/rest-timer';
import { clock, formatKg, totalVolumeKg } from '@/features/training/components/workouts/set-text';
import { SyncStatusLine } from '@/features/training/components/workouts/sync-status';
import { useSyncLoop, useSyncStatus } from '@/features/training/components/workouts/use-sync-status';
import { useWorkoutLog } from '@/features/training/components/workouts/use-workout-log';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

type Props = { userId: number; clientId: number | null; plan: PlannedWorkout };

/**
 * Logging one scheduled workout, for the client on their phone or a trainer on the client's behalf:
 * every change is kept on the device first and synced when there is a connection.
 */
export function WorkoutLogger({ userId, clientId, plan }: Props) {
  const owner = ownerOf(userId, clientId);
  const loop = useSyncLoop(userId);
  const status = useSyncStatus(userId, loop);
  const syncState = useSyncExternalStore(loop.subscribe, loop.state);
  const { log, sets, saveSet, removeSet, updateLog } = useWorkoutLog({ owner, clientId, plan, loop });
  const notes = log?.exercise_notes ?? {};
  const finished = log?.finished_at ?? null;
  const done = sets.filter((item) => !item.deleted && item.status === 'done');
  const ids = new Set(sets.map((item) => item.id));
  const records = syncState.records.filter((record) => ids.has(record.set_log_id!));
  const items = (plan.blocks ?? []).flatMap((block) => block.exercises ?? []);

  return (
    <div className="flex flex-col gap-3 pb-24">
      <SyncStatusLine status={status} onRetry={() => void loop.syncNow()} />
      {items.map((item) => (
        <ExerciseCard
          key={item.key}
          item={item}
          sets={sets.filter((entry) => entry.prescription_key === item.key)}
          note={notes[item.key!] ?? ''}
          onSave={saveSet}
          onRemove={(entry) => void removeSet(entry)}
          onNote={(text) => void updateLog({ exercise_notes: { ...notes, [item.key!]: text || null } })}
        />
      ))}
      <Card className="flex flex-col gap-3 p-3 sm:p-4">
        <label className="flex flex-col gap-1 text-sm text-muted">
          Note on the workout
          <textarea
            className="min-h-11 rounded-lg border border-border bg-surface px-3 py-2 text-base text-foreground"
            rows={2}
            defaultValue={log?.note ?? ''}
            key={log?.id ?? 'new'}
            onBlur={(event) => event.target.value !== (log?.note ?? '') && void updateLog({ note: event.target.value || null })}
          />
        </label>
        {finished && log ? (
          <div data-testid="workout-summary" className="flex flex-col gap-1">
            <p className="text-lg font-bold">Workout finished</p>
            <p>
              Duration {clock(Math.max(0, Math.round((Date.parse(finished) - Date.parse(log.started_at)) / 1000)))} · Total volume {formatKg(totalVolumeKg(sets))} ·{' '}
              {done.length} {done.length === 1 ? 'set' : 'sets'}
            </p>
            {records.length ? (
              <ul className="text-sm text-primary-text">
                {records.map((record) => (
                  <li key={`${record.set_log_id}-${record.kind}`}>🏆 {record.text}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : (
          <Button disabled={done.length === 0} onClick={() => void updateLog({ finished_at: new Date().toISOString() })}>
            Finish workout
          </Button>
        )}
      </Card>
      <RestTimer />
    </div>
  );
}
