import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useMessages } from '@/features/messages/api/get-messages';
import { useThread } from '@/features/messages/api/get-thread';
import { useThreadRoom, useTypingNames } from '@/features/messages/api/live';
import { useMarkRead } from '@/features/messages/api/mark-read';
import { Composer } from '@/features/messages/components/composer';
import { conversationItems, listNames, seenReceipt, timeOfDay } from '@/features/messages/components/conversation-items';
import { MessageBubble } from '@/features/messages/components/message-bubble';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { ApiError } from '@/lib/api-error';

type ConversationProps = { threadId: number; userId: number; timeZone: string; canModerate: boolean; backHref: string };

// Closer than this to the bottom, a new message scrolls into view; further up the reader is reading back.
const STICK_TO_BOTTOM_PX = 120;

/** Marks the conversation read up to its newest message whenever one arrives while the page is visible. */
function useReadWhileVisible(threadId: number, newestId: number | undefined, unread: number | undefined) {
  const markRead = useMarkRead();
  const marked = useRef(0);
  const { mutate } = markRead;
  useEffect(() => {
    const mark = () => {
      if (!newestId || document.visibilityState !== 'visible' || newestId <= marked.current) return;
      if (!unread && marked.current) return;
      marked.current = newestId;
      mutate({ threadId, messageId: newestId });
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [threadId, newestId, unread, mutate]);
}

/** A conversation: its title, the messages with day separators, "Seen", who is typing, and the composer. */
export function Conversation({ threadId, userId, timeZone, canModerate, backHref }: ConversationProps) {
  const thread = useThread(threadId);
  const messages = useMessages(threadId);
  const typing = useTypingNames(threadId, userId);
  useThreadRoom(threadId, userId);

  const ordered = useMemo(() => (messages.data ? [...messages.data.pages].reverse().flatMap((slice) => slice.items) : []), [messages.data]);
  const items = useMemo(() => conversationItems(ordered, timeZone), [ordered, timeZone]);
  const receipt = thread.data ? seenReceipt(ordered, thread.data.members, userId) : null;
  const newest = ordered[ordered.length - 1];
  useReadWhileVisible(threadId, newest?.id, thread.data?.unread_count);

  // Scrolling: start at the bottom; keep the reader's place when older messages load above; follow new
  // messages only when already at the bottom (or when they are one's own).
  const scroller = useRef<HTMLDivElement>(null);
  const previous = useRef<{ height: number; firstId?: number; lastId?: number } | null>(null);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const before = previous.current;
    const firstId = ordered[0]?.id;
    const lastId = newest?.id;
    if (!before) element.scrollTop = element.scrollHeight;
    else if (firstId !== before.firstId && lastId === before.lastId) element.scrollTop += element.scrollHeight - before.height;
    else if (lastId !== before.lastId && (newest?.mine || before.height - element.clientHeight - element.scrollTop < STICK_TO_BOTTOM_PX)) element.scrollTop = element.scrollHeight;
    if (ordered.length) previous.current = { height: element.scrollHeight, firstId, lastId };
  }, [ordered, newest]);

  // Older messages load when the top of the list comes into view.
  const top = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = messages;
  useEffect(() => {
    const sentinel = top.current;
    if (!sentinel || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => entries[0]?.isIntersecting && !isFetchingNextPage && void fetchNextPage(), { root: scroller.current, rootMargin: '200px 0px 0px 0px' });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (thread.isError) {
    if (thread.error instanceof ApiError && (thread.error.status === 404 || thread.error.status === 403)) {
      return (
        <EmptyState title="Conversation not found" action={<ButtonLink to={backHref} variant="secondary">Back to messages</ButtonLink>}>
          It may have ended, or you are not part of it.
        </EmptyState>
      );
    }
    return <ErrorState error={thread.error} onRetry={() => thread.refetch()} />;
  }
  const others = thread.data?.members.filter((member) => member.user_id !== userId) ?? [];
  const severalOthers = others.length > 1;

  return (
    <section aria-labelledby="conversation-title" className="flex h-full min-h-0 flex-col">
      <header className="flex items-center gap-2 border-b border-border pb-2">
        <ButtonLink to={backHref} variant="ghost" className="-ml-2 px-2 md:hidden" aria-label="Back to messages">
          ←
        </ButtonLink>
        <div className="min-w-0">
          <h1 id="conversation-title" className="truncate text-lg font-bold">
            {thread.data?.title ?? 'Conversation'}
          </h1>
          {thread.data?.kind === 'group' ? <p className="truncate text-xs text-muted">{listNames(thread.data.members.map((member) => member.name))}</p> : null}
        </div>
      </header>
      <div ref={scroller} className="min-h-0 flex-1 overflow-y-auto overscroll-contain py-3" data-testid="conversation-scroller">
        <div ref={top} />
        {isFetchingNextPage ? <Spinner label="Loading earlier messages…" /> : null}
        {messages.isPending ? (
          <Spinner label="Loading messages…" />
        ) : messages.isError ? (
          <ErrorState error={messages.error} onRetry={() => messages.refetch()} />
        ) : !ordered.length ? (
          <EmptyState title="No messages yet" compact>
            Say hello: everyone in this conversation sees it at once.
          </EmptyState>
        ) : (
          <ol aria-label="Messages" className="flex flex-col gap-2 px-1">
            {items.map((item) =>
              item.kind === 'day' ? (
                <li key={item.key} className="my-2 flex items-center gap-3 text-xs font-medium text-muted" role="separator" aria-label={item.label}>
                  <span className="h-px flex-1 bg-border" />
                  {item.label}
                  <span className="h-px flex-1 bg-border" />
                </li>
              ) : (
                <MessageBubble
                  key={item.key}
                  message={item.message}
                  time={timeOfDay(item.message.created_at, timeZone)}
                  showAuthor={!item.message.mine && severalOthers}
                  canDelete={item.message.mine || canModerate}
                  receipt={receipt?.messageId === item.message.id ? receipt.label : undefined}
                />
              ),
            )}
          </ol>
        )}
      </div>
      <p className="min-h-5 px-1 text-xs text-muted" aria-live="polite" data-testid="typing">
        {typing.length ? `${listNames(typing)} ${typing.length > 1 ? 'are' : 'is'} typing…` : ''}
      </p>
      <Composer threadId={threadId} />
    </section>
  );
}
