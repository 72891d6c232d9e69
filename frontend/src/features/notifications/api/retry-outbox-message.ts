import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OutboxMessage } from '@/features/notifications/api/get-outbox';
import { api, unwrap } from '@/lib/api-client';

export async function retryOutboxMessage(id: number): Promise<OutboxMessage> {
  return unwrap(await api.POST('/api/outbox/{message_id}/retry', { params: { path: { message_id: id } } })) as OutboxMessage;
}

/** Sends a failed or dead message again with a fresh set of tries; it leaves the failed and dead lists. */
export function useRetryOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: retryOutboxMessage, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['outbox'] }) });
}
