import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type WebhookDelivery = Required<components['schemas']['WebhookDelivery']>;
export type WebhookDeliveryPage = { items: WebhookDelivery[]; meta: components['schemas']['PageMeta'] };
export type WebhookDeliveryQuery = NonNullable<paths['/api/developers/webhooks/{endpoint_id}/deliveries']['get']['parameters']['query']>;

export async function getWebhookDeliveries(endpointId: number, query: WebhookDeliveryQuery): Promise<WebhookDeliveryPage> {
  return unwrap(
    await api.GET('/api/developers/webhooks/{endpoint_id}/deliveries', { params: { path: { endpoint_id: endpointId }, query } }),
  ) as WebhookDeliveryPage;
}

/** One page of an endpoint's delivery log, newest first; refreshed every few seconds while something is on its way. */
export function useWebhookDeliveries(endpointId: number, query: WebhookDeliveryQuery) {
  return useQuery({
    queryKey: ['webhooks', 'deliveries', endpointId, query],
    queryFn: () => getWebhookDeliveries(endpointId, query),
    placeholderData: keepPreviousData,
    refetchInterval: (current) => (current.state.data?.items.some((item) => item.status === 'pending' || item.status === 'sending') ? 3000 : false),
  });
}
