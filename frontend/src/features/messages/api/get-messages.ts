import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

// The generated schema types a nullable nested object as `Record<string, never> | null | T`; these say it plainly.
export type Attachment = { name: string; content_type: string; size: number; url: string; thumbnail_url: string | null };
export type Message = {
  id: number;
  thread_id: number;
  author: { user_id: number; name: string } | null;
  body: string | null;
  via: 'app' | 'sms';
  attachment: Attachment | null;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  mine: boolean;
};
export type MessageSlice = { items: Message[]; has_more: boolean };

export const MESSAGES_PER_SLICE = 50;
export const messagesKey = (threadId: number) => ['threads', 'messages', threadId] as const;

export async function getMessages(threadId: number, { before, after, limit = MESSAGES_PER_SLICE }: { before?: number; after?: number; limit?: number } = {}): Promise<MessageSlice> {
  return unwrap(await api.GET('/api/threads/{thread_id}/messages', { params: { path: { thread_id: threadId }, query: { before, after, limit } } })) as MessageSlice;
}

// Pages run newest first: page 0 is the latest slice (where new messages are added), each next one is
// older, fetched `before` the oldest message shown. Inside a slice messages run oldest first.
export const messagesQueryOptions = (threadId: number) =>
  infiniteQueryOptions({
    queryKey: messagesKey(threadId),
    queryFn: ({ pageParam }) => getMessages(threadId, { before: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last: MessageSlice) => (last.has_more && last.items.length ? last.items[0].id : undefined),
    // Live updates keep it current: no refetch of every slice when the screen comes back.
    staleTime: Infinity,
  });

/** A conversation's messages, the latest first loaded, older ones as the reader scrolls back. */
export function useMessages(threadId: number) {
  return useInfiniteQuery({ ...messagesQueryOptions(threadId), enabled: threadId > 0 });
}
