import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type Exercise = Required<components['schemas']['Exercise']>;
export type ExercisePage = { items: Exercise[]; meta: Required<components['schemas']['PageMeta']> };
export type ExerciseQuery = NonNullable<paths['/api/exercises']['get']['parameters']['query']>;

export async function getExercises(query: ExerciseQuery): Promise<ExercisePage> {
  return unwrap(await api.GET('/api/exercises', { params: { query } })) as ExercisePage;
}

/** One page of the studio's exercise library (built-in exercises it has not replaced, and its own). */
export function useExercises(query: ExerciseQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: ['exercises', 'list', query], queryFn: () => getExercises(query), placeholderData: keepPreviousData, ...options });
}
