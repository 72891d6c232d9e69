import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type TodayWorkout = components['schemas']['Today'];
export type PlannedWorkout = components['schemas']['PlannedWorkout'];
export type PlanExercise = components['schemas']['PlanExercise'];
export type LoggedWorkout = components['schemas']['WorkoutLog'];
export type LoggedSet = components['schemas']['Set'];

/** Today's workout (else the next one) with all a phone needs to log it offline; staff name the client. */
export async function getTodayWorkout(clientId?: number): Promise<TodayWorkout> {
  const query = clientId ? { client_id: clientId } : {};
  return unwrap(await api.GET('/api/workouts/today', { params: { query } }));
}
