import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Goal } from '@/features/progress/api/get-client-goals';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type GoalChanges = components['schemas']['GoalUpdate'];

export async function updateGoal({ goalId, changes }: { goalId: number; changes: GoalChanges }): Promise<Goal> {
  return unwrap(await api.PATCH('/api/goals/{goal_id}', { params: { path: { goal_id: goalId } }, body: changes })) as Goal;
}

export function useUpdateGoal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateGoal, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['goals'] }) });
}
