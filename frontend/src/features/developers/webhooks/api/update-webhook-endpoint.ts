import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookEndpoint } from '@/features/developers/webhooks/api/get-webhook-endpoints';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type WebhookEndpointChanges = components['schemas']['WebhookEndpointUpdate'];

export async function updateWebhookEndpoint({ id, ...body }: WebhookEndpointChanges & { id: number }): Promise<WebhookEndpoint> {
  return unwrap(await api.PATCH('/api/developers/webhooks/{endpoint_id}', { params: { path: { endpoint_id: id } }, body })) as WebhookEndpoint;
}

/** Changes an endpoint's address or events, or turns it off or on again. */
export function useUpdateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateWebhookEndpoint, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }) });
}
