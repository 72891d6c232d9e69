import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CommentedWorkout = components['schemas']['CommentedWorkout'];
export type CommentedWorkoutPage = { items: CommentedWorkout[]; meta: components['schemas']['PageMeta'] };

export async function getCommentedWorkouts(perPage: number): Promise<CommentedWorkoutPage> {
  return unwrap(await api.GET('/api/training/commented-workouts', { params: { query: { per_page: perPage } } })) as CommentedWorkoutPage;
}

export function useCommentedWorkouts(perPage = 5) {
  return useQuery({ queryKey: ['training', 'commented-workouts', perPage], queryFn: () => getCommentedWorkouts(perPage) });
}
