import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Feed = Required<components['schemas']['Feed']>;
export type FeedOwner = { trainer_id: number } | { client_id: number };

export const feedKeys = { all: ['calendar-feeds'] as const };

/** Active feeds the caller manages: managers get the whole studio's, others their own. */
export async function getFeeds(): Promise<Feed[]> {
  // The API cannot filter by person, so the caller picks theirs out; 100 is the page maximum.
  const page = unwrap(await api.GET('/api/calendar/feeds', { params: { query: { active: true, per_page: 100 } } }));
  return page.items as Feed[];
}

export const isFeedOf = (feed: Feed, owner: FeedOwner) =>
  'trainer_id' in owner ? feed.trainer_id === owner.trainer_id : feed.client_id === owner.client_id;

export function useFeeds(owner: FeedOwner) {
  return useQuery({ queryKey: feedKeys.all, queryFn: getFeeds, select: (feeds) => feeds.filter((feed) => isFeedOf(feed, owner)) });
}
