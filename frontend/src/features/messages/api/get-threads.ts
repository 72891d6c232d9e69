import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ThreadMember = components['schemas']['ThreadMember'];
export type LastMessage = components['schemas']['LastMessage'];
export type Thread = Omit<components['schemas']['Thread'], 'kind' | 'last_message'> & { kind: 'client' | 'group'; last_message: LastMessage | null };
export type PageMeta = components['schemas']['PageMeta'];
export type ThreadPage = { items: Thread[]; meta: PageMeta };

export const THREADS_PER_PAGE = 30;
export const threadListKey = (q: string) => ['threads', 'list', q] as const;

export async function getThreads({ q = '', page = 1, perPage = THREADS_PER_PAGE, clientId }: { q?: string; page?: number; perPage?: number; clientId?: number }): Promise<ThreadPage> {
  const query = { q: q || undefined, page, per_page: perPage, client_id: clientId };
  return unwrap(await api.GET('/api/threads', { params: { query } })) as ThreadPage;
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
