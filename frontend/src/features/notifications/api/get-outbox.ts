import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type OutboxMessage = Required<components['schemas']['OutboxMessage']>;
export type OutboxPage = { items: OutboxMessage[]; meta: components['schemas']['PageMeta'] };
export type OutboxQuery = NonNullable<paths['/api/outbox']['get']['parameters']['query']>;
export type OutboxStatus = OutboxMessage['status'];

export async function getOutbox(query: OutboxQuery): Promise<OutboxPage> {
  return unwrap(await api.GET('/api/outbox', { params: { query } })) as OutboxPage;
}

/** One page of the studio's outgoing messages, newest first, optionally of one status (owners and admins). */
export function useOutbox(query: OutboxQuery) {
  return useQuery({ queryKey: ['outbox', 'list', query], queryFn: () => getOutbox(query), placeholderData: keepPreviousData });
}

/** How many messages have one status: the total of a one-row page. */
export function useOutboxCount(status: OutboxStatus) {
  return useQuery({ queryKey: ['outbox', 'count', status], queryFn: async () => (await getOutbox({ status, per_page: 1 })).meta.total });
}
