import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function deleteWebhookEndpoint(id: number): Promise<void> {
  unwrap(await api.DELETE('/api/developers/webhooks/{endpoint_id}', { params: { path: { endpoint_id: id } } }));
}

/** Removes an endpoint and its delivery log. */
export function useDeleteWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteWebhookEndpoint, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', 'endpoints'] }) });
}
