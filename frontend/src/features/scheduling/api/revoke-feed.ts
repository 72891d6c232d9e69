import { useMutation, useQueryClient } from '@tanstack/react-query';
import { feedKeys } from '@/features/scheduling/api/get-feeds';
import { api, unwrap } from '@/lib/api-client';

export async function revokeFeed(feedId: number): Promise<void> {
  unwrap(await api.DELETE('/api/calendar/feeds/{feed_id}', { params: { path: { feed_id: feedId } } }));
}

/** Revokes a feed: calendar apps subscribed to its URL get 404 from then on. */
export function useRevokeFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeFeed, onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKeys.all }) });
}
