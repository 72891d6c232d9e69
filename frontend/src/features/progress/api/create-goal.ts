import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Goal } from '@/features/progress/api/get-client-goals';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type GoalInput = components['schemas']['GoalCreate'];

export async function createGoal({ clientId, input }: { clientId: number; input: GoalInput }): Promise<Goal> {
  return unwrap(await api.POST('/api/clients/{client_id}/goals', { params: { path: { client_id: clientId } }, body: input })) as Goal;
}

export function useCreateGoal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createGoal, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['goals'] }) });
}
