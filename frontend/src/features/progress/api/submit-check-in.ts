import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CheckIn } from '@/features/progress/api/get-check-in';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CheckInAnswerInput = components['schemas']['CheckInAnswerWrite'];

export async function submitCheckIn({ clientId, dueOn, answers }: { clientId: number; dueOn: string; answers: CheckInAnswerInput[] }): Promise<CheckIn> {
  return unwrap(await api.POST('/api/clients/{client_id}/check-ins', { params: { path: { client_id: clientId } }, body: { due_on: dueOn, answers } }));
}

export function useSubmitCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: submitCheckIn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['progress', 'check-ins'] }) });
}
