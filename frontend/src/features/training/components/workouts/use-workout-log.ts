import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlannedWorkout } from '@/features/training/api/get-today-workout';
import {
  logForWorkout,
  onStoreChange,
  setsOfLog,
  writeLog,
  writeSet,
  type LocalLog,
  type LocalSet,
} from '@/features/training/components/workouts/offline-store';
import type { SyncLoop } from '@/features/training/components/workouts/sync-queue';

export type SetValues = Pick<LocalSet, 'status' | 'reps' | 'load_value' | 'load_unit' | 'duration_seconds' | 'distance_m' | 'rpe'>;

/**
 * The phone's log of one scheduled workout: read from IndexedDB (re-read on every change), written
 * there first by each action, then handed to the sync loop. The log itself is created with the
 * first set, so opening a workout records nothing.
 */
export function useWorkoutLog({ owner, clientId, plan, loop }: { owner: string; clientId: number | null; plan: PlannedWorkout; loop: SyncLoop }) {
  const workoutId = plan.program_workout_id!;
  const [log, setLog] = useState<LocalLog | undefined>();
  const [sets, setSets] = useState<LocalSet[]>([]);
  const [loaded, setLoaded] = useState(false);
  const creating = useRef<Promise<LocalLog> | null>(null);

  useEffect(() => {
    let live = true;
    const read = async () => {
      const found = await logForWorkout(owner, workoutId);
      const found_sets = found ? await setsOfLog(found.id) : [];
      if (!live) return;
      setLog(found);
      setSets(found_sets);
      setLoaded(true);
    };
    void read();
    const stop = onStoreChange(() => void read());
    return () => {
      live = false;
      stop();
    };
  }, [owner, workoutId]);

  const ensureLog = useCallback(async (): Promise<LocalLog> => {
    const existing = await logForWorkout(owner, workoutId);
    if (existing) return existing;
    creating.current ??= writeLog({
      id: crypto.randomUUID(),
      owner,
      client_id: clientId,
      program_workout_id: workoutId,
      name: plan.name!,
      started_at: new Date().toISOString(),
      finished_at: null,
      note: null,
      exercise_notes: {},
    });
    return creating.current;
  }, [owner, clientId, workoutId, plan.name]);

  const afterChange = useCallback(() => void loop.syncNow(), [loop]);

  const saveSet = useCallback(
    async (target: { exerciseId: number; key: string; setNumber: number; existing?: LocalSet }, values: SetValues) => {
      const current = await ensureLog();
      const now = new Date().toISOString();
      await writeSet({
        id: target.existing?.id ?? crypto.randomUUID(),
        owner,
        client_id: clientId,
        workout_log_id: current.id,
        exercise_id: target.exerciseId,
        prescription_key: target.key,
        set_number: target.setNumber,
        performed_at: target.existing?.performed_at ?? now,
        deleted: false,
        ...values,
        client_updated_at: target.existing?.client_updated_at,
      });
      afterChange();
    },
    [ensureLog, owner, clientId, afterChange],
  );

  const removeSet = useCallback(
    async (item: LocalSet) => {
      await writeSet({ ...item, deleted: true });
      afterChange();
    },
    [afterChange],
  );

  const updateLog = useCallback(
    async (change: Partial<Pick<LocalLog, 'note' | 'exercise_notes' | 'finished_at'>>) => {
      const current = await ensureLog();
      await writeLog({ ...current, ...change });
      afterChange();
    },
    [ensureLog, afterChange],
  );

  return { log, sets, loaded, saveSet, removeSet, updateLog };
}
