import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type Client = Required<components['schemas']['Client']>;
export type ClientPage = { items: Client[]; meta: Required<components['schemas']['PageMeta']> };
export type ClientQuery = NonNullable<paths['/api/clients']['get']['parameters']['query']>;

export const CLIENT_STATUSES = ['lead', 'active', 'paused', 'inactive', 'archived'] as const;

export async function getClients(query: ClientQuery): Promise<ClientPage> {
  return unwrap(await api.GET('/api/clients', { params: { query } })) as ClientPage;
}

export function useClients(query: ClientQuery) {
  return useQuery({ queryKey: ['clients', 'list', query], queryFn: () => getClients(query), placeholderData: keepPreviousData });
}
