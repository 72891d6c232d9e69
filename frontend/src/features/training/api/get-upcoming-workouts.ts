import { api, unwrap } from '@/lib/api-client';
import type { PlannedWorkout } from '@/features/training/api/get-today-workout';

/** The next workouts not done yet, soonest first, for the device to keep for offline use. */
export async function getUpcomingWorkouts(clientId?: number, perPage = 7): Promise<PlannedWorkout[]> {
  const query = { per_page: perPage, ...(clientId ? { client_id: clientId } : {}) };
  const page = unwrap(await api.GET('/api/workouts/upcoming', { params: { query } }));
  return page.items as PlannedWorkout[];
}
