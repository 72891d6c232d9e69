import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { chatRequest, queryString } from '@/features/messages/api/chat-request';

export type ThreadMember = { user_id: number; name: string; role: string; last_read_message_id: number | null };
export type LastMessage = { id: number; preview: string; author_name: string | null; created_at: string };
export type Thread = {
  id: number;
  kind: 'client' | 'group';
  title: string;
  client_id: number | null;
  members: ThreadMember[];
  last_message: LastMessage | null;
  unread_count: number;
  updated_at: string;
};
export type PageMeta = { page: number; per_page: number; pages: number; total: number; has_next: boolean; has_prev: boolean; total_is_exact: boolean };
export type ThreadPage = { items: Thread[]; meta: PageMeta };

export const THREADS_PER_PAGE = 30;
export const threadListKey = (q: string) => ['threads', 'list', q] as const;

export function getThreads({ q = '', page = 1, perPage = THREADS_PER_PAGE }: { q?: string; page?: number; perPage?: number }): Promise<ThreadPage> {
  return chatRequest('GET', `/api/threads${queryString({ q, page, per_page: perPage })}`);
}

export const threadsQueryOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: threadListKey(q),
    queryFn: ({ pageParam }) => getThreads({ q, page: pageParam }),
    initialPageParam: 1,
    getNextPageParam: (last: ThreadPage) => (last.meta.has_next ? last.meta.page + 1 : undefined),
  });

/** The conversations the signed-in person may read, newest activity first, page after page. */
export function useThreads(q = '') {
  return useInfiniteQuery(threadsQueryOptions(q));
}
