import { useQuery } from '@tanstack/react-query';
import type { Exercise } from '@/features/training/api/get-exercises';
import { api, unwrap } from '@/lib/api-client';

export async function getExercise(exerciseId: number): Promise<Exercise> {
  return unwrap(await api.GET('/api/exercises/{exercise_id}', { params: { path: { exercise_id: exerciseId } } })) as Exercise;
}

export function useExercise(exerciseId: number | null) {
  return useQuery({
    queryKey: ['exercises', 'detail', exerciseId],
    queryFn: () => getExercise(exerciseId!),
    enabled: exerciseId !== null && Number.isInteger(exerciseId) && exerciseId > 0,
  });
}
