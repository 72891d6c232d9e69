import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function deleteWorkoutComment({ workoutLogId, commentId }: { workoutLogId: string; commentId: number }): Promise<void> {
  unwrap(await api.DELETE('/api/workouts/{workout_log_id}/comments/{comment_id}', { params: { path: { workout_log_id: workoutLogId, comment_id: commentId } } }));
}

export function useDeleteWorkoutComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWorkoutComment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training'] }),
  });
}
