import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExerciseInput } from '@/features/training/api/create-exercise';
import type { Exercise } from '@/features/training/api/get-exercises';
import { api, unwrap } from '@/lib/api-client';

/** The exercise as changed; `copy_made` when editing a built-in one made the studio's own copy (a new id). */
export type ExerciseChange = Exercise & { copy_made: boolean };

export async function updateExercise({ exerciseId, body }: { exerciseId: number; body: Partial<ExerciseInput> }): Promise<ExerciseChange> {
  return unwrap(await api.PATCH('/api/exercises/{exercise_id}', { params: { path: { exercise_id: exerciseId } }, body })) as ExerciseChange;
}

/** Edit an exercise; for a built-in one the server edits (or makes) the studio's own copy and returns it. */
export function useUpdateExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateExercise,
    onSuccess: (exercise) => {
      queryClient.setQueryData(['exercises', 'detail', exercise.id], exercise);
      return queryClient.invalidateQueries({ predicate: (query) => ['exercises', 'activity'].includes(String(query.queryKey[0])) });
    },
  });
}
