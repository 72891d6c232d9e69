import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExerciseChange } from '@/features/training/api/update-exercise';
import { api, unwrap } from '@/lib/api-client';

export async function archiveExercise({ exerciseId, restore }: { exerciseId: number; restore?: boolean }): Promise<ExerciseChange> {
  const params = { params: { path: { exercise_id: exerciseId } } };
  const result = restore ? await api.POST('/api/exercises/{exercise_id}/restore', params) : await api.POST('/api/exercises/{exercise_id}/archive', params);
  return unwrap(result) as ExerciseChange;
}

/** Archive or restore an exercise for the studio (owner, admin); archiving a built-in one archives the studio's copy. */
export function useArchiveExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveExercise,
    onSuccess: (exercise) => {
      queryClient.setQueryData(['exercises', 'detail', exercise.id], exercise);
      return queryClient.invalidateQueries({ predicate: (query) => ['exercises', 'activity'].includes(String(query.queryKey[0])) });
    },
  });
}
