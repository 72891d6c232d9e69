import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { syncWorkoutLogs } from '@/features/training/api/sync-workout-logs';
import { onStoreChange, pendingItems, refusedSets } from '@/features/training/components/workouts/offline-store';
import { createSyncLoop, type SyncLoop } from '@/features/training/components/workouts/sync-queue';

type Entry = { loop: SyncLoop; users: number; stop?: () => void };
const loops = new Map<number, Entry>();

function entryFor(userId: number): Entry {
  const entry = loops.get(userId) ?? { loop: createSyncLoop({ userId, send: syncWorkoutLogs }), users: 0 };
  loops.set(userId, entry);
  return entry;
}

/** Keep the user's loop running while at least one screen uses it. */
function retain(userId: number): () => void {
  const entry = entryFor(userId);
  entry.users += 1;
  if (entry.users === 1) entry.stop = entry.loop.start();
  return () => {
    entry.users -= 1;
    if (entry.users === 0) entry.stop?.();
  };
}

/** The one sync loop of the signed-in user, started while any screen that logs is open. */
export function useSyncLoop(userId: number): SyncLoop {
  const loop = useMemo(() => entryFor(userId).loop, [userId]);
  useEffect(() => retain(userId), [userId]);
  return loop;
}

export type SyncStatus = { waiting: number; refused: number; refusedReason: string | null; syncing: boolean; online: boolean };

/** How many sets wait to be sent (or were refused), whether the loop is sending, and whether the browser is online. */
export function useSyncStatus(userId: number, loop: SyncLoop): SyncStatus {
  const [counts, setCounts] = useState({ waiting: 0, refused: 0, refusedReason: null as string | null });
  const state = useSyncExternalStore(loop.subscribe, loop.state);
  const online = useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
  useEffect(() => {
    let live = true;
    const count = async () => {
      const [pending, refused] = await Promise.all([pendingItems(`${userId}:`), refusedSets(`${userId}:`)]);
      if (live) setCounts({ waiting: pending.sets.length, refused: refused.length, refusedReason: refused[0]?.error ?? null });
    };
    void count();
    const stop = onStoreChange(() => void count());
    return () => {
      live = false;
      stop();
    };
  }, [userId]);
  return { ...counts, syncing: state.syncing, online };
}
