import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { asSeenBy, lastMessageId, removeThread, storeMessage, storeReadPosition, storeThread, storeUnread } from '@/features/messages/api/chat-cache';
import { messagesKey, type Message, type MessageSlice } from '@/features/messages/api/get-messages';
import type { Thread } from '@/features/messages/api/get-threads';
import { unreadTotalKey } from '@/features/messages/api/get-unread-total';
import { emitVolatile, holdRoom, onReconnect, useRealtimeEvent, type Ack } from '@/lib/realtime';

type UnreadEvent = { thread_id: number; unread_count: number; total: number };
type ReadEvent = { thread_id: number; user_id: number; last_read_message_id: number };
type TypingEvent = { thread_id: number; user_id: number; name: string };

/**
 * The socket's chat events into the cache, for the whole signed-in app (mounted by the layouts):
 * messages into open conversations, thread changes into lists, unread counts into badges.
 */
export function useChatLive(userId: number) {
  const queryClient = useQueryClient();
  const store = (message: Message) => storeMessage(queryClient, asSeenBy(message, userId));
  useRealtimeEvent<Message>('message', store);
  useRealtimeEvent<Message>('message_updated', store);
  useRealtimeEvent<Thread>('thread', (thread) => storeThread(queryClient, thread));
  useRealtimeEvent<UnreadEvent>('unread', (unread) => storeUnread(queryClient, unread));
  useRealtimeEvent<ReadEvent>('read', (read) => storeReadPosition(queryClient, read));
  useRealtimeEvent<{ thread_id: number }>('thread_removed', ({ thread_id }) => removeThread(queryClient, thread_id));
  // Back from a lost connection: the lists and badge once (open rooms catch up by themselves).
  useEffect(
    () =>
      onReconnect(() => {
        void queryClient.invalidateQueries({ queryKey: ['threads', 'list'] });
        void queryClient.invalidateQueries({ queryKey: unreadTotalKey });
      }),
    [queryClient],
  );
}

/** Keeps the conversation's room joined while it is on screen; each (re)join fetches what was missed. */
export function useThreadRoom(threadId: number, userId: number) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!(threadId > 0)) return;
    return holdRoom(`thread:${threadId}`, {
      join: 'join',
      payload: () => {
        const after = lastMessageId(queryClient.getQueryData<InfiniteData<MessageSlice, number | undefined>>(messagesKey(threadId)));
        return after ? { thread_id: threadId, after } : { thread_id: threadId };
      },
      leave: 'leave',
      leavePayload: { thread_id: threadId },
      onJoined: (ack: Ack) => {
        if (!ack.ok) return;
        const { missed = [], has_more } = ack as { missed?: Message[]; has_more?: boolean };
        // More missed than one answer holds: start again from the latest rather than leave a gap.
        if (has_more) void queryClient.resetQueries({ queryKey: messagesKey(threadId) });
        else missed.forEach((message) => storeMessage(queryClient, asSeenBy(message, userId)));
      },
    });
  }, [threadId, userId, queryClient]);
}

const TYPING_SHOWN_MS = 4_000;
const TYPING_SENT_EVERY_MS = 2_500;

/** Who else is typing in the conversation now (names), from the room's `typing` signals. */
export function useTypingNames(threadId: number, userId: number): string[] {
  const [typing, setTyping] = useState<Record<number, { name: string; until: number }>>({});
  useRealtimeEvent<TypingEvent>('typing', (event) => {
    if (event.thread_id !== threadId || event.user_id === userId) return;
    setTyping((current) => ({ ...current, [event.user_id]: { name: event.name, until: Date.now() + TYPING_SHOWN_MS } }));
  });
  // A message from someone ends their typing at once.
  useRealtimeEvent<Message>('message', (message) => {
    const author = message.author?.user_id;
    if (message.thread_id !== threadId || author === undefined) return;
    setTyping((current) => {
      if (!(author in current)) return current;
      const next = { ...current };
      delete next[author];
      return next;
    });
  });
  const entries = Object.entries(typing);
  useEffect(() => {
    if (!entries.length) return;
    const soonest = Math.min(...entries.map(([, value]) => value.until));
    const timer = setTimeout(() => {
      const now = Date.now();
      setTyping((current) => Object.fromEntries(Object.entries(current).filter(([, value]) => value.until > now)));
    }, Math.max(0, soonest - Date.now()) + 50);
    return () => clearTimeout(timer);
  });
  return entries.map(([, value]) => value.name);
}

/** A function to call on every keystroke: it tells the room at most every few seconds. */
export function useTypingSignal(threadId: number): () => void {
  const last = useRef(0);
  return () => {
    const now = Date.now();
    if (now - last.current < TYPING_SENT_EVERY_MS) return;
    last.current = now;
    emitVolatile('typing', { thread_id: threadId });
  };
}
