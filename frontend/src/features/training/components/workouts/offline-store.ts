import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LoggedWorkout, PlannedWorkout, TodayWorkout } from '@/features/training/api/get-today-workout';
import type { SyncResult } from '@/features/training/api/sync-workout-logs';

/**
 * The phone's own copy of the training it logs: the cached workouts, and every log and set it has
 * recorded, each with the UUID it was born with and the moment it last changed (client_updated_at).
 * A change is written here first, marked pending, and only then sent (sync-queue.ts); the server's
 * answer replaces an item unless the phone changed it again meanwhile (the newest change wins, as on
 * the server). Everything is filed under an owner, `<user id>:<client id or "me">`, so that two people
 * sharing a browser, or a trainer logging for several clients, never see each other's queue.
 */

export type Pending = 0 | 1 | 2; // 0 synced, 1 waiting, 2 refused by the server (kept so nothing typed is lost)

export type LocalLog = {
  id: string;
  owner: string;
  client_id: number | null;
  program_workout_id: number | null;
  name: string;
  started_at: string;
  finished_at: string | null;
  note: string | null;
  exercise_notes: Record<string, string | null>;
  client_updated_at: string;
  pending: Pending;
  seq: number;
  duration_seconds?: number | null;
  total_volume_kg?: number | null;
};

export type LocalSet = {
  id: string;
  owner: string;
  client_id: number | null;
  workout_log_id: string;
  exercise_id: number;
  prescription_key: string | null;
  set_number: number;
  status: 'done' | 'skipped';
  reps: number | null;
  load_value: number | null;
  load_unit: 'kg' | 'lb' | null;
  duration_seconds: number | null;
  distance_m: number | null;
  rpe: number | null;
  performed_at: string;
  client_updated_at: string;
  deleted: boolean;
  pending: Pending;
  seq: number;
  error?: string;
};

export type CachedWorkouts = { today: TodayWorkout; upcoming: PlannedWorkout[]; saved_at: string };

interface TrainingDB extends DBSchema {
  workouts: { key: string; value: CachedWorkouts };
  logs: { key: string; value: LocalLog; indexes: { pending: Pending; by_workout: [string, number] } };
  sets: { key: string; value: LocalSet; indexes: { pending: Pending; by_log: string } };
}

export const DB_NAME = 'fitnesscrm-training';
let database: Promise<IDBPDatabase<TrainingDB>> | null = null;

function db(): Promise<IDBPDatabase<TrainingDB>> {
  database ??= openDB<TrainingDB>(DB_NAME, 1, {
    upgrade(store) {
      store.createObjectStore('workouts');
      const logs = store.createObjectStore('logs', { keyPath: 'id' });
      logs.createIndex('pending', 'pending');
      logs.createIndex('by_workout', ['owner', 'program_workout_id']);
      const sets = store.createObjectStore('sets', { keyPath: 'id' });
      sets.createIndex('pending', 'pending');
      sets.createIndex('by_log', 'workout_log_id');
    },
  });
  return database;
}

/** Forget the open connection (tests delete the database between cases). */
export async function closeStore(): Promise<void> {
  if (database) (await database).close();
  database = null;
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called after every change to the store, so that screens re-read what they show. */
export function onStoreChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  listeners.forEach((listener) => listener());
}

export const ownerOf = (userId: number, clientId: number | null) => `${userId}:${clientId ?? 'me'}`;
export const at = (iso: string) => Date.parse(iso);

let lastSeq = 0;
/** Increasing numbers, even within one millisecond: the order the queue replays changes in. */
function nextSeq(): number {
  lastSeq = Math.max(Date.now() * 1000, lastSeq + 1);
  return lastSeq;
}

/** A timestamp later than `previous` (a phone's clock can repeat a millisecond, or step back). */
export function stampAfter(previous?: string): string {
  const now = Date.now();
  return new Date(previous && at(previous) >= now ? at(previous) + 1 : now).toISOString();
}

export async function saveWorkouts(owner: string, workouts: Omit<CachedWorkouts, 'saved_at'>): Promise<void> {
  await (await db()).put('workouts', { ...workouts, saved_at: new Date().toISOString() }, owner);
}

export async function loadWorkouts(owner: string): Promise<CachedWorkouts | undefined> {
  return (await db()).get('workouts', owner);
}

/** Record a change to a log: stamped, queued, written before anything is sent. */
export async function writeLog(log: Omit<LocalLog, 'pending' | 'seq' | 'client_updated_at'> & { client_updated_at?: string }) {
  const store = await db();
  const previous = await store.get('logs', log.id);
  const saved: LocalLog = { ...log, client_updated_at: stampAfter(previous?.client_updated_at), pending: 1, seq: nextSeq() };
  await store.put('logs', saved);
  changed();
  return saved;
}

/** Record a change to a set (a new one, an edit, or a removal with `deleted`), queued like a log. */
export async function writeSet(item: Omit<LocalSet, 'pending' | 'seq' | 'client_updated_at'> & { client_updated_at?: string }) {
  const store = await db();
  const previous = await store.get('sets', item.id);
  const saved: LocalSet = { ...item, client_updated_at: stampAfter(previous?.client_updated_at), pending: 1, seq: nextSeq() };
  delete saved.error;
  await store.put('sets', saved);
  changed();
  return saved;
}

export async function getLog(id: string): Promise<LocalLog | undefined> {
  return (await db()).get('logs', id);
}

/** The newest log the phone holds for a scheduled workout, if any. */
export async function logForWorkout(owner: string, programWorkoutId: number): Promise<LocalLog | undefined> {
  const logs = await (await db()).getAllFromIndex('logs', 'by_workout', [owner, programWorkoutId]);
  return logs.sort((a, b) => at(b.started_at) - at(a.started_at))[0];
}

/** A log's sets, removed ones included (the screen hides them), by set number. */
export async function setsOfLog(logId: string): Promise<LocalSet[]> {
  const sets = await (await db()).getAllFromIndex('sets', 'by_log', logId);
  return sets.sort((a, b) => a.set_number - b.set_number || a.seq - b.seq);
}

/** What waits to be sent, oldest change first, for the owners whose names start with `prefix`. */
export async function pendingItems(prefix: string): Promise<{ logs: LocalLog[]; sets: LocalSet[] }> {
  const store = await db();
  const mine = <T extends { owner: string; seq: number }>(items: T[]) =>
    items.filter((item) => item.owner.startsWith(prefix)).sort((a, b) => a.seq - b.seq);
  return {
    logs: mine(await store.getAllFromIndex('logs', 'pending', 1)),
    sets: mine(await store.getAllFromIndex('sets', 'pending', 1)),
  };
}

/** Items the server refused (a 4xx for their batch), with why; they stay until changed again. */
export async function refusedSets(prefix: string): Promise<LocalSet[]> {
  const sets = await (await db()).getAllFromIndex('sets', 'pending', 2);
  return sets.filter((item) => item.owner.startsWith(prefix));
}

export async function markRefused(ids: { logs: string[]; sets: string[] }, message: string): Promise<void> {
  const store = await db();
  const tx = store.transaction(['logs', 'sets'], 'readwrite');
  for (const id of ids.logs) {
    const log = await tx.objectStore('logs').get(id);
    if (log && log.pending === 1) await tx.objectStore('logs').put({ ...log, pending: 2 });
  }
  for (const id of ids.sets) {
    const item = await tx.objectStore('sets').get(id);
    if (item && item.pending === 1) await tx.objectStore('sets').put({ ...item, pending: 2, error: message });
  }
  await tx.done;
  changed();
}

type ServerSet = SyncResult['sets'][number];
type ServerLog = SyncResult['logs'][number];

function fromServerSet(item: ServerSet, owner: string, clientId: number | null): LocalSet {
  return {
    id: item.id!,
    owner,
    client_id: clientId,
    workout_log_id: item.workout_log_id!,
    exercise_id: item.exercise_id!,
    prescription_key: item.prescription_key ?? null,
    set_number: item.set_number!,
    status: item.status as LocalSet['status'],
    reps: item.reps ?? null,
    load_value: item.load_value ?? null,
    load_unit: (item.load_unit ?? null) as LocalSet['load_unit'],
    duration_seconds: item.duration_seconds ?? null,
    distance_m: item.distance_m ?? null,
    rpe: item.rpe ?? null,
    performed_at: item.performed_at!,
    client_updated_at: item.client_updated_at!,
    deleted: Boolean(item.deleted),
    pending: 0,
    seq: 0,
  };
}

function fromServerLog(log: ServerLog, owner: string, clientId: number | null): LocalLog {
  return {
    id: log.id!,
    owner,
    client_id: clientId,
    program_workout_id: log.program_workout_id ?? null,
    name: log.name!,
    started_at: log.started_at!,
    finished_at: log.finished_at ?? null,
    note: log.note ?? null,
    exercise_notes: (log.exercise_notes ?? {}) as Record<string, string | null>,
    client_updated_at: log.client_updated_at!,
    duration_seconds: log.duration_seconds ?? null,
    total_volume_kg: log.total_volume_kg ?? null,
    pending: 0,
    seq: 0,
  };
}

/**
 * Take the server's version of each item unless the phone holds a newer change of it (made while the
 * request was on its way): then the phone's stays queued and wins on the next sync. `sent` is the
 * seq each item had when it was sent; an item re-stamped since then is newer by definition.
 */
export async function applyServer(
  owner: string,
  clientId: number | null,
  result: { logs: ServerLog[]; sets: ServerSet[] },
  sent?: Map<string, number>,
): Promise<void> {
  const store = await db();
  const tx = store.transaction(['logs', 'sets'], 'readwrite');
  const keepsLocal = (local: { seq: number; pending: Pending; client_updated_at: string } | undefined, server: string, id: string) =>
    local !== undefined &&
    local.pending !== 0 &&
    (at(local.client_updated_at) > at(server) || (sent !== undefined && sent.has(id) && local.seq !== sent.get(id)));
  for (const log of result.logs) {
    const local = await tx.objectStore('logs').get(log.id!);
    if (!keepsLocal(local, log.client_updated_at!, log.id!)) await tx.objectStore('logs').put(fromServerLog(log, owner, clientId));
  }
  for (const item of result.sets) {
    const local = await tx.objectStore('sets').get(item.id!);
    if (!keepsLocal(local, item.client_updated_at!, item.id!)) await tx.objectStore('sets').put(fromServerSet(item, owner, clientId));
  }
  await tx.done;
  changed();
}

/** Merge a log the server already holds (the Today answer's `log`) into the phone's copy. */
export async function applyServerLog(owner: string, clientId: number | null, log: LoggedWorkout): Promise<void> {
  const sets = (log.exercises ?? []).flatMap((group) => group.sets ?? []) as ServerSet[];
  await applyServer(owner, clientId, { logs: [log as ServerLog], sets });
}
