import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { messagesKey, type Message, type MessageSlice } from '@/features/messages/api/get-messages';
import { threadKey } from '@/features/messages/api/get-thread';
import type { Thread, ThreadPage } from '@/features/messages/api/get-threads';
import { unreadTotalKey } from '@/features/messages/api/get-unread-total';

// How the socket's events (and the answers of our own requests) change the cached conversations, in
// place: one event never costs a refetch. Pure functions first (tested), then their use on the cache.

type Slices = InfiniteData<MessageSlice, number | undefined>;
type ThreadPages = InfiniteData<ThreadPage, number>;

/** The newest message id a conversation's cache holds: what a (re)join says it has seen. */
export function lastMessageId(data: Slices | undefined): number | undefined {
  const latest = data?.pages[0]?.items;
  return latest?.length ? latest[latest.length - 1].id : undefined;
}

/**
 * A message added or replaced: an id already cached is replaced where it is (an edit, a delete, our
 * own message coming back through the room); a new one goes into the latest slice in id order.
 */
export function upsertMessage(data: Slices | undefined, message: Message): Slices | undefined {
  if (!data) return data;
  let found = false;
  const pages = data.pages.map((slice) => {
    if (!slice.items.some((item) => item.id === message.id)) return slice;
    found = true;
    return { ...slice, items: slice.items.map((item) => (item.id === message.id ? message : item)) };
  });
  if (found) return { ...data, pages };
  const [latest, ...older] = data.pages;
  if (!latest) return { ...data, pages: [{ items: [message], has_more: false }] };
  const items = [...latest.items, message].sort((a, b) => a.id - b.id);
  return { ...data, pages: [{ ...latest, items }, ...older] };
}

/**
 * A thread's new state in a list sorted by latest activity: replaced where it is when its activity time
 * did not change (a count, a title, an edit), else put first; `insert` adds it when absent.
 */
export function upsertThread(data: ThreadPages | undefined, thread: Thread, insert: boolean): ThreadPages | undefined {
  if (!data) return data;
  const current = data.pages.flatMap((page) => page.items).find((item) => item.id === thread.id);
  if (!current && !insert) return data;
  if (current && current.updated_at === thread.updated_at) return patchThread(data, thread.id, () => thread);
  const pages = data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== thread.id) }));
  const first = pages[0];
  if (!first) return data;
  pages[0] = { ...first, items: [thread, ...first.items] };
  return { ...data, pages };
}

/** One thread of a list changed in place (its unread count), without moving it. */
export function patchThread(data: ThreadPages | undefined, threadId: number, patch: (thread: Thread) => Thread): ThreadPages | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === threadId ? patch(item) : item)) })) };
}

/** A member's read position moved forward (never back: events can arrive out of order). */
export function withReadPosition(thread: Thread, userId: number, lastReadMessageId: number): Thread {
  return {
    ...thread,
    members: thread.members.map((member) =>
      member.user_id === userId && (member.last_read_message_id ?? 0) < lastReadMessageId ? { ...member, last_read_message_id: lastReadMessageId } : member,
    ),
  };
}

/** The message as this reader sees it: the room sends `mine: false` to everyone, the author included. */
export function asSeenBy(message: Message, userId: number): Message {
  const mine = message.author?.user_id === userId;
  return mine === message.mine ? message : { ...message, mine };
}

export function storeMessage(queryClient: QueryClient, message: Message) {
  queryClient.setQueryData<Slices>(messagesKey(message.thread_id), (data) => upsertMessage(data, message));
}

export function storeThread(queryClient: QueryClient, thread: Thread) {
  queryClient.setQueryData(threadKey(thread.id), thread);
  queryClient.setQueriesData<ThreadPages>({ queryKey: ['threads', 'list'] }, (data) => upsertThread(data, thread, false));
  // The unfiltered list shows every conversation, so a new one appears there; a search list keeps its matches.
  queryClient.setQueryData<ThreadPages>(['threads', 'list', ''], (data) => upsertThread(data, thread, true));
}

/** A conversation one is no longer part of leaves every list. */
export function removeThread(queryClient: QueryClient, threadId: number) {
  queryClient.setQueriesData<ThreadPages>({ queryKey: ['threads', 'list'] }, (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== threadId) })) } : data,
  );
  queryClient.removeQueries({ queryKey: threadKey(threadId) });
  queryClient.removeQueries({ queryKey: messagesKey(threadId) });
}

export function storeUnread(queryClient: QueryClient, { thread_id, unread_count, total }: { thread_id: number; unread_count: number; total: number }) {
  queryClient.setQueryData(unreadTotalKey, { total });
  queryClient.setQueriesData<ThreadPages>({ queryKey: ['threads', 'list'] }, (data) => patchThread(data, thread_id, (thread) => ({ ...thread, unread_count })));
  queryClient.setQueryData<Thread>(threadKey(thread_id), (thread) => (thread ? { ...thread, unread_count } : thread));
}

export function storeReadPosition(queryClient: QueryClient, { thread_id, user_id, last_read_message_id }: { thread_id: number; user_id: number; last_read_message_id: number }) {
  queryClient.setQueryData<Thread>(threadKey(thread_id), (thread) => (thread ? withReadPosition(thread, user_id, last_read_message_id) : thread));
}
