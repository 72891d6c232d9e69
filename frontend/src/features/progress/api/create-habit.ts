import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type HabitInput = components['schemas']['HabitCreate'];

export async function createHabit({ clientId, input }: { clientId: number; input: HabitInput }) {
  return unwrap(await api.POST('/api/clients/{client_id}/habits', { params: { path: { client_id: clientId } }, body: input }));
}

export function useCreateHabit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createHabit, onSuccess: (_habit, { clientId }) => queryClient.invalidateQueries({ queryKey: ['progress', 'habits', clientId] }) });
}
