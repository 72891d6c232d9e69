import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Exercise } from '@/features/training/api/get-exercises';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ExerciseInput = components['schemas']['ExerciseCreate'];

export async function createExercise(body: ExerciseInput): Promise<Exercise> {
  return unwrap(await api.POST('/api/exercises', { body })) as Exercise;
}

/** Add an exercise of the studio's own. */
export function useCreateExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExercise,
    onSuccess: (exercise) => {
      queryClient.setQueryData(['exercises', 'detail', exercise.id], exercise);
      return queryClient.invalidateQueries({ predicate: (query) => ['exercises', 'activity'].includes(String(query.queryKey[0])) });
    },
  });
}
