import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncBatch, SyncResult } from '@/features/training/api/sync-workout-logs';
import {
  closeStore,
  DB_NAME,
  getLog,
  pendingItems,
  refusedSets,
  setsOfLog,
  writeLog,
  writeSet,
  type LocalSet,
} from '@/features/training/components/workouts/offline-store';
import { createSyncLoop, MAX_SETS, nextBatch } from '@/features/training/components/workouts/sync-queue';
import { ApiError, networkError } from '@/lib/api-error';

const OWNER = '7:me';
const LOG_ID = '11111111-1111-4111-8111-111111111111';

function aSet(number: number, fields: Partial<LocalSet> = {}) {
  return {
    id: crypto.randomUUID(),
    owner: OWNER,
    client_id: null,
    workout_log_id: LOG_ID,
    exercise_id: 3,
    prescription_key: null,
    set_number: number,
    status: 'done' as const,
    reps: 8,
    load_value: 60,
    load_unit: 'kg' as const,
    duration_seconds: null,
    distance_m: null,
    rpe: null,
    performed_at: new Date().toISOString(),
    deleted: false,
    ...fields,
  };
}

async function aLog() {
  return writeLog({
    id: LOG_ID,
    owner: OWNER,
    client_id: null,
    program_workout_id: 5,
    name: 'Full body A',
    started_at: new Date().toISOString(),
    finished_at: null,
    note: null,
    exercise_notes: {},
  });
}

/** A server that stores by id with last-write-wins, as the API does. */
function fakeServer() {
  const held = new Map<string, Record<string, unknown>>();
  const batches: SyncBatch[] = [];
  const send = vi.fn(async (batch: SyncBatch): Promise<SyncResult> => {
    batches.push(batch);
    const answer = (items: Record<string, unknown>[]) =>
      items.map((item) => {
        const stored = held.get(item.id as string);
        if (!stored || Date.parse(stored.client_updated_at as string) < Date.parse(item.client_updated_at as string)) {
          held.set(item.id as string, item);
          return { ...item, outcome: stored ? 'updated' : 'created' };
        }
        return { ...stored, outcome: 'kept' };
      });
    return { logs: answer(batch.logs ?? []), sets: answer(batch.sets ?? []), records: [] } as unknown as SyncResult;
  });
  return { held, batches, send };
}

beforeEach(async () => {
  await closeStore();
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = () => resolve(null);
  });
});

afterEach(() => vi.useRealTimers());

describe('the offline queue', () => {
  it('keeps each change in IndexedDB, waiting, before anything is sent', async () => {
    await aLog();
    await writeSet(aSet(1));

    const pending = await pendingItems('7:');

    expect(pending.logs).toHaveLength(1);
    expect(pending.sets).toHaveLength(1);
    expect(pending.sets[0].client_updated_at).toMatch(/Z$/);
  });

  it('sends the log with its sets in the order they were logged, then holds nothing waiting', async () => {
    const server = fakeServer();
    await aLog();
    for (const number of [1, 2, 3]) await writeSet(aSet(number));

    await createSyncLoop({ userId: 7, send: server.send }).syncNow();

    expect(server.batches).toHaveLength(1);
    expect(server.batches[0].logs?.map((log) => log.id)).toEqual([LOG_ID]);
    expect(server.batches[0].sets?.map((item) => item.set_number)).toEqual([1, 2, 3]);
    expect((await pendingItems('7:')).sets).toHaveLength(0);
    expect((await setsOfLog(LOG_ID)).every((item) => item.pending === 0)).toBe(true);
  });

  it('takes the server version when the server holds a newer change', async () => {
    const server = fakeServer();
    await aLog();
    const mine = await writeSet(aSet(1, { reps: 6 }));
    const later = new Date(Date.now() + 60_000).toISOString();
    server.held.set(mine.id, { ...mine, reps: 10, client_updated_at: later });

    await createSyncLoop({ userId: 7, send: server.send }).syncNow();

    const [held] = await setsOfLog(LOG_ID);
    expect(held.reps).toBe(10);
    expect(held.pending).toBe(0);
  });

  it('keeps an edit made while the request was on its way, and sends it next', async () => {
    const server = fakeServer();
    await aLog();
    const first = await writeSet(aSet(1, { reps: 6 }));
    let edited = false;
    const send = vi.fn(async (batch: SyncBatch) => {
      if (!edited) {
        edited = true;
        await writeSet({ ...first, reps: 9 });
      }
      return server.send(batch);
    });

    await createSyncLoop({ userId: 7, send }).syncNow();

    expect(send).toHaveBeenCalledTimes(2);
    expect(server.held.get(first.id)?.reps).toBe(9);
    const [held] = await setsOfLog(LOG_ID);
    expect(held.reps).toBe(9);
    expect(held.pending).toBe(0);
  });

  it('retries after a network failure with a growing pause, sending the same ids again', async () => {
    const server = fakeServer();
    await aLog();
    const item = await writeSet(aSet(1));
    const scheduled: number[] = [];
    let fail = 2;
    const send = vi.fn(async (batch: SyncBatch) => {
      if (fail-- > 0) throw networkError();
      return server.send(batch);
    });
    const pending: (() => void)[] = [];
    const schedule = ((callback: () => void, ms: number) => {
      scheduled.push(ms);
      pending.push(callback);
      return 0;
    }) as unknown as typeof setTimeout;
    const loop = createSyncLoop({ userId: 7, send, schedule });

    await loop.syncNow();
    expect(loop.state().lastError).toMatch(/reach the server/);
    pending.shift()!();
    await vi.waitFor(() => expect(scheduled).toHaveLength(2));
    pending.shift()!();
    await vi.waitFor(() => expect(server.held.has(item.id)).toBe(true));

    expect(scheduled).toEqual([2000, 4000]);
    expect(send.mock.calls.map(([batch]) => batch.sets?.[0].id)).toEqual([item.id, item.id, item.id]);
    expect((await pendingItems('7:')).sets).toHaveLength(0);
  });

  it('sets a refused batch aside with the reason and keeps syncing the rest', async () => {
    await aLog();
    await writeSet(aSet(1));
    const send = vi.fn(async () => {
      throw new ApiError({ status: 409, code: 'conflict', message: 'Some ids belong to other workouts; nothing was saved.' });
    });

    await createSyncLoop({ userId: 7, send }).syncNow();

    expect(send).toHaveBeenCalledTimes(1);
    expect((await refusedSets('7:'))[0].error).toMatch(/other workouts/);
    expect((await pendingItems('7:')).sets).toHaveLength(0);
    expect((await getLog(LOG_ID))?.pending).toBe(2);
  });

  it('never sends another user\'s queue', async () => {
    const server = fakeServer();
    await writeSet(aSet(1, { owner: '8:me' }));

    await createSyncLoop({ userId: 7, send: server.send }).syncNow();

    expect(server.send).not.toHaveBeenCalled();
  });

  it('cuts a long queue into batches the server accepts', () => {
    const sets = Array.from({ length: MAX_SETS + 20 }, (_, index) => ({ ...aSet(index + 1), pending: 1 as const, seq: index, client_updated_at: '' }));

    const batch = nextBatch([], sets);

    expect(batch?.sets).toHaveLength(MAX_SETS);
    expect(batch?.sets[0].set_number).toBe(1);
  });

  it('stamps each change of the same set later than the last, even within one millisecond', async () => {
    await aLog();
    const first = await writeSet(aSet(1));
    const second = await writeSet({ ...first, reps: 9 });
    const third = await writeSet({ ...second, deleted: true });

    expect(Date.parse(second.client_updated_at)).toBeGreaterThan(Date.parse(first.client_updated_at));
    expect(Date.parse(third.client_updated_at)).toBeGreaterThan(Date.parse(second.client_updated_at));
  });
});
