import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkoutComment } from '@/features/training/api/get-workout-comments';
import { api, unwrap } from '@/lib/api-client';

export async function createWorkoutComment({ workoutLogId, body }: { workoutLogId: string; body: string }): Promise<WorkoutComment> {
  return unwrap(await api.POST('/api/workouts/{workout_log_id}/comments', { params: { path: { workout_log_id: workoutLogId } }, body: { body } })) as WorkoutComment;
}

export function useCreateWorkoutComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWorkoutComment,
    // The thread, the feed's comment counts and the portal's list of commented workouts all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training'] }),
  });
}
