import { Link } from 'react-router';
import { useMessageSearch } from '@/features/messages/api/search-messages';
import { shortTime } from '@/features/messages/components/conversation-items';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

/** Messages matching the search, each linking to its conversation. */
export function MessageSearchResults({ q, threadHref, timeZone }: { q: string; threadHref: (id: number) => string; timeZone: string }) {
  const search = useMessageSearch(q);
  if (search.isPending) return <Spinner label="Searching messages…" />;
  if (search.isError) return <ErrorState error={search.error} onRetry={() => search.refetch()} />;
  if (!search.data.items.length) return <EmptyState title="No message matches" compact>Try other words, or fewer of them.</EmptyState>;
  return (
    <ul aria-label="Matching messages" className="flex flex-col gap-0.5">
      {search.data.items.map((hit) => (
        <li key={hit.message.id}>
          <Link to={threadHref(hit.thread_id)} className="block rounded-lg px-3 py-2.5 hover:bg-surface-muted" data-testid="message-hit">
            <p className="flex items-baseline gap-2">
              <span className="min-w-0 flex-1 truncate text-sm font-semibold">{hit.thread_title}</span>
              <time className="shrink-0 text-xs text-muted" dateTime={hit.message.created_at}>{shortTime(hit.message.created_at, timeZone)}</time>
            </p>
            <p className="mt-0.5 line-clamp-2 text-sm text-muted">
              {hit.message.author ? `${hit.message.author.name}: ` : ''}
              {hit.snippet}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
