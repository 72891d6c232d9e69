import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type FeedItem = components['schemas']['FeedItem'];
export type FeedRecord = components['schemas']['FeedRecord'];
export type FeedPage = { items: FeedItem[]; meta: components['schemas']['PageMeta'] };
export type FeedQuery = NonNullable<paths['/api/training/feed']['get']['parameters']['query']>;

export async function getWorkoutFeed(query: FeedQuery): Promise<FeedPage> {
  return unwrap(await api.GET('/api/training/feed', { params: { query } })) as FeedPage;
}

export function useWorkoutFeed(query: FeedQuery) {
  return useQuery({ queryKey: ['training', 'feed', query], queryFn: () => getWorkoutFeed(query), placeholderData: keepPreviousData });
}
