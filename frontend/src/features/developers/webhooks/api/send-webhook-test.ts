import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookDelivery } from '@/features/developers/webhooks/api/get-webhook-deliveries';
import { api, unwrap } from '@/lib/api-client';

export async function sendWebhookTest(id: number): Promise<WebhookDelivery> {
  return unwrap(await api.POST('/api/developers/webhooks/{endpoint_id}/test', { params: { path: { endpoint_id: id } } })) as WebhookDelivery;
}

/** Sends the endpoint a test event; its answer appears in the delivery log. */
export function useSendWebhookTest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendWebhookTest, onSuccess: (_, id) => queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries', id] }) });
}
