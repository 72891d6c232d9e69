import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SyncBatch = components['schemas']['Sync'];
export type SyncResult = components['schemas']['SyncResult'];
export type SyncedSet = components['schemas']['SyncedSet'];
export type SyncedLog = components['schemas']['SyncedLog'];
export type WorkoutRecord = components['schemas']['Record'];

/** Sends a device's queued logs and sets; the answer is what the server holds for each (POST /api/workouts/sync). */
export async function syncWorkoutLogs(batch: SyncBatch): Promise<SyncResult> {
  return unwrap(await api.POST('/api/workouts/sync', { body: batch }));
}
