import { QueryClient } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { asSeenBy, lastMessageId, storeMessage, storeReadPosition, storeThread, storeUnread, upsertMessage } from '@/features/messages/api/chat-cache';
import { messagesKey, type Message } from '@/features/messages/api/get-messages';
import { threadKey } from '@/features/messages/api/get-thread';
import type { Thread, ThreadPage } from '@/features/messages/api/get-threads';
import { unreadTotalKey } from '@/features/messages/api/get-unread-total';

const message = (id: number, extra: Partial<Message> = {}): Message => ({
  id,
  thread_id: 7,
  author: { user_id: 2, name: 'Jo Client' },
  body: `message ${id}`,
  via: 'app',
  attachment: null,
  created_at: '2026-12-02T08:00:00Z',
  edited_at: null,
  deleted_at: null,
  mine: false,
  ...extra,
});

const thread = (id: number, extra: Partial<Thread> = {}): Thread => ({
  id,
  kind: 'client',
  title: `Thread ${id}`,
  client_id: id,
  members: [
    { user_id: 1, name: 'Sam Coach', role: 'trainer', last_read_message_id: 5 },
    { user_id: 2, name: 'Jo Client', role: 'client', last_read_message_id: 5 },
  ],
  last_message: null,
  unread_count: 0,
  updated_at: '2026-12-02T08:00:00Z',
  ...extra,
});

const meta = { page: 1, per_page: 30, pages: 1, total: 3, has_next: false, has_prev: false, total_is_exact: true };
const slices = (...pages: Message[][]) => ({ pages: pages.map((items, index) => ({ items, has_more: index < pages.length - 1 })), pageParams: pages.map((_, index) => (index ? 1 : undefined)) });

describe('messages from the socket', () => {
  test('a new message joins the latest slice in id order, once however often it arrives', () => {
    const data = slices([message(4), message(5)], [message(1), message(2)]);
    const once = upsertMessage(data, message(6));
    const twice = upsertMessage(once, message(6));
    expect(twice?.pages[0].items.map((item) => item.id)).toEqual([4, 5, 6]);
    expect(twice?.pages[1].items.map((item) => item.id)).toEqual([1, 2]);
    expect(lastMessageId(twice)).toBe(6);
  });

  test('an edit or delete replaces the message where it is, in an older slice too', () => {
    const data = slices([message(4), message(5)], [message(1), message(2)]);
    const deleted = upsertMessage(data, message(2, { body: null, deleted_at: '2026-12-02T09:00:00Z' }));
    expect(deleted?.pages[1].items[1]).toMatchObject({ id: 2, body: null });
    expect(deleted?.pages[0].items.map((item) => item.id)).toEqual([4, 5]);
  });

  test('nothing is cached for a conversation never opened: the event adds nothing', () => {
    expect(upsertMessage(undefined, message(1))).toBeUndefined();
  });

  test('the room sends mine false to its author: the reader decides', () => {
    expect(asSeenBy(message(1), 2).mine).toBe(true);
    expect(asSeenBy(message(1, { mine: true }), 3).mine).toBe(false);
  });

  test('stored on the query client under the conversation', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(messagesKey(7), slices([message(1)]));
    storeMessage(queryClient, message(2));
    expect(lastMessageId(queryClient.getQueryData(messagesKey(7)))).toBe(2);
  });
});

describe('threads and badges from the socket', () => {
  const list = (...threads: Thread[]) => ({ pages: [{ items: threads, meta } satisfies ThreadPage], pageParams: [1] });

  test('a thread with new activity moves to the top; a new one appears in the full list but not in a search', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['threads', 'list', ''], list(thread(1), thread(2), thread(3)));
    queryClient.setQueryData(['threads', 'list', 'jo'], list(thread(3)));
    storeThread(queryClient, thread(3, { unread_count: 1, updated_at: '2026-12-02T09:00:00Z' }));
    storeThread(queryClient, thread(9));
    const full = queryClient.getQueryData<ReturnType<typeof list>>(['threads', 'list', ''])!;
    expect(full.pages[0].items.map((item) => item.id)).toEqual([9, 3, 1, 2]);
    const search = queryClient.getQueryData<ReturnType<typeof list>>(['threads', 'list', 'jo'])!;
    expect(search.pages[0].items.map((item) => [item.id, item.unread_count])).toEqual([[3, 1]]);
    expect(queryClient.getQueryData<Thread>(threadKey(9))?.id).toBe(9);
  });

  test('an unread event sets the thread count and the total without moving anything', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(['threads', 'list', ''], list(thread(1), thread(2)));
    storeUnread(queryClient, { thread_id: 2, unread_count: 4, total: 6 });
    const full = queryClient.getQueryData<ReturnType<typeof list>>(['threads', 'list', ''])!;
    expect(full.pages[0].items.map((item) => [item.id, item.unread_count])).toEqual([
      [1, 0],
      [2, 4],
    ]);
    expect(queryClient.getQueryData(unreadTotalKey)).toEqual({ total: 6 });
  });

  test('a read receipt moves the member forward, never back', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(threadKey(1), thread(1));
    storeReadPosition(queryClient, { thread_id: 1, user_id: 2, last_read_message_id: 9 });
    storeReadPosition(queryClient, { thread_id: 1, user_id: 2, last_read_message_id: 7 });
    expect(queryClient.getQueryData<Thread>(threadKey(1))?.members.find((member) => member.user_id === 2)?.last_read_message_id).toBe(9);
  });
});

describe('thread order', () => {
  test('a change that is not new activity (an unread count, an edit) leaves the thread where it is', () => {
    const queryClient = new QueryClient();
    const list = { pages: [{ items: [thread(1), thread(2)], meta }], pageParams: [1] };
    queryClient.setQueryData(['threads', 'list', ''], list);
    storeThread(queryClient, thread(2, { unread_count: 0, title: 'Renamed' }));
    expect(queryClient.getQueryData<typeof list>(['threads', 'list', ''])!.pages[0].items.map((item) => [item.id, item.title])).toEqual([
      [1, 'Thread 1'],
      [2, 'Renamed'],
    ]);
    storeThread(queryClient, thread(2, { updated_at: '2026-12-02T09:00:00Z' }));
    expect(queryClient.getQueryData<typeof list>(['threads', 'list', ''])!.pages[0].items.map((item) => item.id)).toEqual([2, 1]);
  });
});
