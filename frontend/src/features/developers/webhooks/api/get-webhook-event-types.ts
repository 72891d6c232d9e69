import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type WebhookEventType = Required<components['schemas']['WebhookEventType']>;

export async function getWebhookEventTypes(): Promise<WebhookEventType[]> {
  return unwrap(await api.GET('/api/developers/webhooks/event-types')) as WebhookEventType[];
}

/** The events an endpoint may subscribe to, each with what it means; they change only with a release. */
export function useWebhookEventTypes() {
  return useQuery({ queryKey: ['webhooks', 'event-types'], queryFn: getWebhookEventTypes, staleTime: Infinity });
}
