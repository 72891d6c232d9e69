import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookEndpointWithSecret } from '@/features/developers/webhooks/api/get-webhook-endpoints';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type WebhookEndpointInput = components['schemas']['WebhookEndpointCreate'];

export async function createWebhookEndpoint(body: WebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
  return unwrap(await api.POST('/api/developers/webhooks', { body })) as WebhookEndpointWithSecret;
}

/** Registers an endpoint; the answer carries its signing secret, the only time it is shown. */
export function useCreateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createWebhookEndpoint, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks', 'endpoints'] }) });
}
