import { useMutation } from '@tanstack/react-query';
import type { WebhookEndpointWithSecret } from '@/features/developers/webhooks/api/get-webhook-endpoints';
import { api, unwrap } from '@/lib/api-client';

export async function rollWebhookSecret(id: number): Promise<WebhookEndpointWithSecret> {
  return unwrap(await api.POST('/api/developers/webhooks/{endpoint_id}/roll-secret', { params: { path: { endpoint_id: id } } })) as WebhookEndpointWithSecret;
}

/** Gives an endpoint a new signing secret, shown once; the old one keeps signing for 24 hours. */
export function useRollWebhookSecret() {
  return useMutation({ mutationFn: rollWebhookSecret });
}
