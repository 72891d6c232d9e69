import { useMutation, useQueryClient } from '@tanstack/react-query';
import { feedKeys, type FeedOwner } from '@/features/scheduling/api/get-feeds';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

/** A new feed with its secret URL, which the API returns only this once. */
export type IssuedFeed = Required<components['schemas']['FeedCreated']>;

export async function createFeed(owner: FeedOwner): Promise<IssuedFeed> {
  return unwrap(await api.POST('/api/calendar/feeds', { body: owner })) as IssuedFeed;
}

/** Issues a private feed URL; the person's previous feed is revoked by the API. */
export function useCreateFeed() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createFeed, onSuccess: () => queryClient.invalidateQueries({ queryKey: feedKeys.all }) });
}
