import type { SyncBatch, SyncResult } from '@/features/training/api/sync-workout-logs';
import { applyServer, markRefused, pendingItems, type LocalLog, type LocalSet } from '@/features/training/components/workouts/offline-store';
import { ApiError } from '@/lib/api-error';

/**
 * Sends what the phone queued to POST /api/workouts/sync and drops from the queue what the server
 * confirms. The server stores each item once however often it is sent, so a batch whose answer was
 * lost is simply sent again. Runs on start, when the browser comes online, after each change, and
 * after a failure with growing pauses (2 s, 4 s … 1 min). A batch the server refuses (4xx: an id that
 * is someone else's, an exercise that no longer exists) is set aside with the server's reason instead
 * of blocking everything queued after it.
 */

export const MAX_LOGS = 50;
export const MAX_SETS = 500;
const FIRST_PAUSE = 2_000;
const LONGEST_PAUSE = 60_000;

export type Send = (batch: SyncBatch) => Promise<SyncResult>;
export type SyncState = { syncing: boolean; lastError: string | null; records: SyncResult['records'] };

type Batch = { owner: string; clientId: number | null; logs: LocalLog[]; sets: LocalSet[] };

/** The next batch to send for one owner: logs before their sets, at most MAX_LOGS and MAX_SETS. */
export function nextBatch(logs: LocalLog[], sets: LocalSet[]): Batch | null {
  const owner = logs[0]?.owner ?? sets[0]?.owner;
  if (owner === undefined) return null;
  const ownLogs = logs.filter((log) => log.owner === owner);
  const batchLogs = ownLogs.slice(0, MAX_LOGS);
  const waiting = new Set(ownLogs.slice(MAX_LOGS).map((log) => log.id));
  // A set whose log is still queued behind this batch waits for it; the server needs the log first.
  const batchSets = sets.filter((item) => item.owner === owner && !waiting.has(item.workout_log_id)).slice(0, MAX_SETS);
  const clientId = batchLogs[0]?.client_id ?? batchSets[0]?.client_id ?? null;
  return { owner, clientId, logs: batchLogs, sets: batchSets };
}

function toBody(batch: Batch): SyncBatch {
  return {
    ...(batch.clientId ? { client_id: batch.clientId } : {}),
    logs: batch.logs.map((log) => ({
      id: log.id,
      program_workout_id: log.program_workout_id,
      name: log.name,
      started_at: log.started_at,
      finished_at: log.finished_at,
      note: log.note,
      exercise_notes: log.exercise_notes,
      client_updated_at: log.client_updated_at,
    })),
    sets: batch.sets.map((item) => ({
      id: item.id,
      workout_log_id: item.workout_log_id,
      exercise_id: item.exercise_id,
      prescription_key: item.prescription_key,
      set_number: item.set_number,
      status: item.status,
      reps: item.reps,
      load_value: item.load_value,
      load_unit: item.load_unit,
      duration_seconds: item.duration_seconds,
      distance_m: item.distance_m,
      rpe: item.rpe,
      performed_at: item.performed_at,
      client_updated_at: item.client_updated_at,
      deleted: item.deleted,
    })),
  };
}

const isRefusal = (error: unknown) =>
  error instanceof ApiError && error.status >= 400 && error.status < 500 && ![401, 408, 429].includes(error.status);

export type SyncLoop = {
  /** Send everything queued now (one run at a time; a call during a run runs again after it). */
  syncNow: () => Promise<void>;
  start: () => () => void;
  state: () => SyncState;
  subscribe: (listener: () => void) => () => void;
};

/** The sync loop for everything the signed-in user `userId` queued (their own logs or their clients'). */
export function createSyncLoop({ userId, send, schedule = setTimeout }: { userId: number; send: Send; schedule?: typeof setTimeout }): SyncLoop {
  let state: SyncState = { syncing: false, lastError: null, records: [] };
  let running: Promise<void> | null = null;
  let again = false;
  let pause = FIRST_PAUSE;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();
  const update = (next: Partial<SyncState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };

  async function runOnce(): Promise<void> {
    for (;;) {
      const { logs, sets } = await pendingItems(`${userId}:`);
      const batch = nextBatch(logs, sets);
      if (!batch) return;
      const sent = new Map<string, number>([...batch.logs, ...batch.sets].map((item) => [item.id, item.seq]));
      try {
        const result = await send(toBody(batch));
        await applyServer(batch.owner, batch.clientId, result, sent);
        update({ lastError: null, records: [...state.records, ...result.records] });
      } catch (error) {
        if (!isRefusal(error)) throw error;
        await markRefused({ logs: batch.logs.map((log) => log.id), sets: batch.sets.map((item) => item.id) }, (error as ApiError).message);
        update({ lastError: (error as ApiError).message });
      }
    }
  }

  async function syncNow(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    update({ syncing: true });
    running = (async () => {
      try {
        do {
          again = false;
          await runOnce();
        } while (again);
        pause = FIRST_PAUSE;
      } catch (error) {
        update({ lastError: error instanceof Error ? error.message : 'Could not reach the server.' });
        if (timer === null) {
          timer = schedule(() => {
            timer = null;
            void syncNow();
          }, pause);
          pause = Math.min(pause * 2, LONGEST_PAUSE);
        }
      } finally {
        running = null;
        update({ syncing: false });
      }
    })();
    return running;
  }

  function start(): () => void {
    const online = () => {
      pause = FIRST_PAUSE;
      void syncNow();
    };
    window.addEventListener('online', online);
    void syncNow();
    return () => {
      window.removeEventListener('online', online);
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
  }

  return {
    syncNow,
    start,
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
