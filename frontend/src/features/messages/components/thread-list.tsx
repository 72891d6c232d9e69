import { Link } from 'react-router';
import type { Thread } from '@/features/messages/api/get-threads';
import { useThreads } from '@/features/messages/api/get-threads';
import { shortTime } from '@/features/messages/components/conversation-items';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { cn } from '@/lib/cn';

function preview(thread: Thread): string {
  const last = thread.last_message;
  if (!last) return 'No messages yet';
  return last.author_name ? `${last.author_name}: ${last.preview}` : last.preview;
}

/** One conversation in the list: who it is with, the last message, when, and how many wait unread. */
function ThreadRow({ thread, href, active, timeZone }: { thread: Thread; href: string; active: boolean; timeZone: string }) {
  const unread = thread.unread_count > 0;
  return (
    <li>
      <Link
        to={href}
        aria-current={active ? 'page' : undefined}
        data-testid="thread"
        className={cn('flex min-h-16 items-start gap-3 rounded-lg px-3 py-2.5 hover:bg-surface-muted', active && 'bg-primary-soft hover:bg-primary-soft')}
      >
        <div className="min-w-0 flex-1">
          <p className="flex items-baseline gap-2">
            <span className={cn('min-w-0 flex-1 truncate text-sm', unread ? 'font-bold' : 'font-semibold')}>{thread.title}</span>
            {thread.last_message ? <time className="shrink-0 text-xs text-muted" dateTime={thread.last_message.created_at}>{shortTime(thread.last_message.created_at, timeZone)}</time> : null}
          </p>
          <p className="mt-0.5 flex items-center gap-2">
            <span className={cn('min-w-0 flex-1 truncate text-sm', unread ? 'text-foreground' : 'text-muted')}>{preview(thread)}</span>
            {unread ? (
              <span className="shrink-0 rounded-full bg-primary px-2 py-0.5 text-xs font-semibold text-primary-foreground" data-testid="thread-unread">
                {thread.unread_count > 99 ? '99+' : thread.unread_count}
                <span className="sr-only"> unread</span>
              </span>
            ) : null}
          </p>
        </div>
      </Link>
    </li>
  );
}

/** The conversations, newest activity first, with more on request. */
export function ThreadList({ activeId, threadHref, timeZone, emptyHint }: { activeId?: number; threadHref: (id: number) => string; timeZone: string; emptyHint: string }) {
  const threads = useThreads();
  if (threads.isPending) return <Spinner label="Loading conversations…" />;
  if (threads.isError) return <ErrorState error={threads.error} onRetry={() => threads.refetch()} />;
  const items = threads.data.pages.flatMap((page) => page.items);
  if (!items.length) return <EmptyState title="No conversations yet" compact>{emptyHint}</EmptyState>;
  return (
    <>
      <ul aria-label="Conversations" className="flex flex-col gap-0.5">
        {items.map((thread) => (
          <ThreadRow key={thread.id} thread={thread} href={threadHref(thread.id)} active={thread.id === activeId} timeZone={timeZone} />
        ))}
      </ul>
      {threads.hasNextPage ? (
        <Button variant="ghost" className="mt-2 w-full" loading={threads.isFetchingNextPage} onClick={() => threads.fetchNextPage()}>
          Show older conversations
        </Button>
      ) : null}
    </>
  );
}
