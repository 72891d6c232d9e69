import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type ActivityChange = components['schemas']['ActivityChange'];
export type ActivityEntry = Required<components['schemas']['ActivityEntry']>;
export type ActivityPage = { items: ActivityEntry[]; meta: components['schemas']['PageMeta'] };
export type ActivityQuery = NonNullable<paths['/api/activity']['get']['parameters']['query']>;

export async function getActivity(query: ActivityQuery): Promise<ActivityPage> {
  return unwrap(await api.GET('/api/activity', { params: { query } })) as ActivityPage;
}

export function useActivity(query: ActivityQuery) {
  return useQuery({ queryKey: ['activity', 'list', query], queryFn: () => getActivity(query), placeholderData: keepPreviousData });
}
