import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkoutComment } from '@/features/training/api/get-workout-comments';
import { api, unwrap } from '@/lib/api-client';

export async function updateWorkoutComment({ workoutLogId, commentId, body }: { workoutLogId: string; commentId: number; body: string }): Promise<WorkoutComment> {
  return unwrap(
    await api.PATCH('/api/workouts/{workout_log_id}/comments/{comment_id}', { params: { path: { workout_log_id: workoutLogId, comment_id: commentId } }, body: { body } }),
  ) as WorkoutComment;
}

export function useUpdateWorkoutComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWorkoutComment,
    onSuccess: (comment) => queryClient.invalidateQueries({ queryKey: ['training', 'comments', comment.workout_log_id] }),
  });
}
