import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Message } from '@/features/messages/api/get-messages';
import type { PageMeta } from '@/features/messages/api/get-threads';
import { api, unwrap } from '@/lib/api-client';

export type MessageHit = { message: Message; thread_id: number; thread_title: string; snippet: string };
export type MessageHitPage = { items: MessageHit[]; meta: PageMeta };

export async function searchMessages(q: string, page = 1): Promise<MessageHitPage> {
  return unwrap(await api.GET('/api/messages/search', { params: { query: { q, page, per_page: 20 } } })) as MessageHitPage;
}

/** Messages matching words, across the conversations one may read, best matches first. */
export function useMessageSearch(q: string) {
  return useQuery({ queryKey: ['threads', 'search', q], queryFn: () => searchMessages(q), enabled: q.length > 0, placeholderData: keepPreviousData });
}
