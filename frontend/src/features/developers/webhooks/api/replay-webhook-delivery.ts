import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookDelivery } from '@/features/developers/webhooks/api/get-webhook-deliveries';
import { api, unwrap } from '@/lib/api-client';

export async function replayWebhookDelivery({ endpointId, deliveryId }: { endpointId: number; deliveryId: number }): Promise<WebhookDelivery> {
  return unwrap(
    await api.POST('/api/developers/webhooks/{endpoint_id}/deliveries/{delivery_id}/replay', {
      params: { path: { endpoint_id: endpointId, delivery_id: deliveryId } },
    }),
  ) as WebhookDelivery;
}

/** Sends a delivery's event again now (same id and body). */
export function useReplayWebhookDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replayWebhookDelivery,
    onSuccess: (_, { endpointId }) => queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries', endpointId] }),
  });
}
