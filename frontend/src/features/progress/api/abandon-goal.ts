import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Goal } from '@/features/progress/api/get-client-goals';
import { api, unwrap } from '@/lib/api-client';

export async function abandonGoal(goalId: number): Promise<Goal> {
  return unwrap(await api.POST('/api/goals/{goal_id}/abandon', { params: { path: { goal_id: goalId } } })) as Goal;
}

export function useAbandonGoal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: abandonGoal, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['goals'] }) });
}
