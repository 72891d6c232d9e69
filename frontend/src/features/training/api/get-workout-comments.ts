import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type WorkoutComment = components['schemas']['Comment'];
export type WorkoutCommentPage = { items: WorkoutComment[]; meta: components['schemas']['PageMeta'] };

/** Comments shown per thread; a longer thread offers the rest on request. */
export const THREAD_PAGE = 50;

export async function getWorkoutComments(workoutLogId: string, perPage = THREAD_PAGE): Promise<WorkoutCommentPage> {
  return unwrap(
    await api.GET('/api/workouts/{workout_log_id}/comments', { params: { path: { workout_log_id: workoutLogId }, query: { per_page: perPage } } }),
  ) as WorkoutCommentPage;
}

export function useWorkoutComments(workoutLogId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: ['training', 'comments', workoutLogId], queryFn: () => getWorkoutComments(workoutLogId), enabled });
}
