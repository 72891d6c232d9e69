import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type ActivityEntry = Required<components['schemas']['ActivityEntry']> & { changes: Record<string, { before: unknown; after: unknown }> };
export type ActivityPage = { items: ActivityEntry[]; meta: Required<components['schemas']['PageMeta']> };
export type ActivityQuery = NonNullable<paths['/api/activity']['get']['parameters']['query']>;

export const ACTIONS = ['create', 'update', 'delete', 'archive', 'restore', 'assign', 'unassign'] as const;
export const ENTITY_TYPES = ['client', 'trainer'] as const;

export async function getActivity(query: ActivityQuery): Promise<ActivityPage> {
  return unwrap(await api.GET('/api/activity', { params: { query } })) as ActivityPage;
}

export function useActivity(query: ActivityQuery) {
  return useQuery({ queryKey: ['activity', 'list', query], queryFn: () => getActivity(query), placeholderData: keepPreviousData });
}
