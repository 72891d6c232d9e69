import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { chatRequest, queryString } from '@/features/messages/api/chat-request';
import type { Message } from '@/features/messages/api/get-messages';
import type { PageMeta } from '@/features/messages/api/get-threads';

export type MessageHit = { message: Message; thread_id: number; thread_title: string; snippet: string };
export type MessageHitPage = { items: MessageHit[]; meta: PageMeta };

export function searchMessages(q: string, page = 1): Promise<MessageHitPage> {
  return chatRequest('GET', `/api/messages/search${queryString({ q, page, per_page: 20 })}`);
}

/** Messages matching words, across the conversations one may read, best matches first. */
export function useMessageSearch(q: string) {
  return useQuery({ queryKey: ['threads', 'search', q], queryFn: () => searchMessages(q), enabled: q.length > 0, placeholderData: keepPreviousData });
}
