import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Feed = Required<components['schemas']['Feed']>;
export type FeedOwner = { trainer_id: number } | { client_id: number };

export const feedKeys = {
  all: ['calendar-feeds'] as const,
  of: (owner: FeedOwner) => ['calendar-feeds', owner] as const,
};

/** One person's active feeds (issuing a new one revokes the old, so there is at most one). */
export async function getFeeds(owner: FeedOwner): Promise<Feed[]> {
  const page = unwrap(await api.GET('/api/calendar/feeds', { params: { query: { active: true, ...owner } } }));
  return page.items as Feed[];
}

export function useFeeds(owner: FeedOwner, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: feedKeys.of(owner), queryFn: () => getFeeds(owner), enabled });
}
