import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type WebhookEndpoint = Required<components['schemas']['WebhookEndpoint']>;
export type WebhookEndpointWithSecret = Required<components['schemas']['WebhookEndpointWithSecret']>;
export type WebhookEndpointPage = { items: WebhookEndpoint[]; meta: components['schemas']['PageMeta'] };

export async function getWebhookEndpoints(query: { page?: number; per_page?: number }): Promise<WebhookEndpointPage> {
  return unwrap(await api.GET('/api/developers/webhooks', { params: { query } })) as WebhookEndpointPage;
}

/** One page of the studio's webhook endpoints, newest first (owners and admins). */
export function useWebhookEndpoints(query: { page?: number; per_page?: number }) {
  return useQuery({ queryKey: ['webhooks', 'endpoints', query], queryFn: () => getWebhookEndpoints(query), placeholderData: keepPreviousData });
}
