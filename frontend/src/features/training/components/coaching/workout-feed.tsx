import { useState } from 'react';
import { Link } from 'react-router';
import { useWorkoutFeed, type FeedItem, type FeedRecord } from '@/features/training/api/get-workout-feed';
import { CommentThread } from '@/features/training/components/coaching/comment-thread';
import { formatLoad, formatWorkoutDuration } from '@/features/training/components/progress/training-format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { formatDateTime } from '@/lib/format';
import { useListParams } from '@/lib/use-list-params';

// The feed pages through its own URL parameters, so that it does not move the compliance table's page.
const DEFAULTS = { feed_page: '1', feed_per_page: '10' };

const RECORD_NAMES: Record<string, string> = { heaviest_load: 'heaviest load', best_e1rm: 'best estimated 1RM', most_reps_at_load: 'most reps' };

function kilograms(value: number): string {
  return formatLoad(value, 'kg');
}

function recordText(record: FeedRecord): string {
  const what = RECORD_NAMES[record.kind] ?? record.kind;
  const value = record.kind === 'most_reps_at_load' ? `${record.value} reps${record.load_kg ? ` at ${kilograms(record.load_kg)}` : ''}` : kilograms(record.value);
  return `${record.exercise_name}: ${what}, ${value}`;
}

function FeedEntry({ item, timeZone }: { item: FeedItem; timeZone: string }) {
  const [open, setOpen] = useState(false);
  const facts = [
    formatWorkoutDuration(item.duration_seconds),
    `${item.sets_done} ${item.sets_done === 1 ? 'set' : 'sets'}`,
    item.total_volume_kg ? `${kilograms(item.total_volume_kg)} lifted` : null,
  ].filter(Boolean);
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="min-w-0">
          <Link to={paths.client.getHref(item.client_id)} className="font-semibold text-primary-text hover:underline">
            {item.client_name}
          </Link>{' '}
          <span className="text-muted">finished</span> <span className="font-medium">{item.name}</span>
        </p>
        <time dateTime={item.finished_at} className="text-xs text-muted">
          {formatDateTime(item.finished_at, timeZone)}
        </time>
      </div>
      <p className="mt-1 text-sm text-muted">{facts.join(' · ')}</p>
      {item.records_count ? (
        <div className="mt-2 flex flex-col gap-1">
          <p>
            <Badge tone="success">
              {item.records_count} {item.records_count === 1 ? 'record' : 'records'}
            </Badge>
          </p>
          <ul className="text-sm">
            {item.records.map((record, index) => (
              <li key={index}>{recordText(record)}</li>
            ))}
            {item.records_count > item.records.length ? <li className="text-muted">and {item.records_count - item.records.length} more</li> : null}
          </ul>
        </div>
      ) : null}
      <Button variant="ghost" className="mt-1 px-2 text-sm" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide comments' : item.comment_count ? `Comments (${item.comment_count})` : 'Comment'}
      </Button>
      {open ? (
        <div className="mt-1 rounded-lg border border-border p-3">
          <CommentThread workoutLogId={item.id} timeZone={timeZone} placeholder={`A note for ${item.client_name}…`} />
        </div>
      ) : null}
    </li>
  );
}

/** Finished workouts of the clients the reader coaches, newest first, each with its comment thread. */
export function WorkoutFeed({ timeZone }: { timeZone: string }) {
  const { state, update } = useListParams(DEFAULTS, []);
  const feed = useWorkoutFeed({ page: Number(state.feed_page) || 1, per_page: Number(state.feed_per_page) || 10 });

  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading" className="mb-3 text-lg font-semibold">
        Finished workouts
      </h2>
      {feed.isPending ? (
        <Spinner label="Loading finished workouts…" />
      ) : feed.isError ? (
        <ErrorState error={feed.error} onRetry={() => feed.refetch()} />
      ) : feed.data.items.length === 0 ? (
        <EmptyState title="No finished workouts yet">When your clients finish a workout, it appears here for you to comment on.</EmptyState>
      ) : (
        <div className={cn(feed.isPlaceholderData && 'opacity-60')}>
          <Card className="py-0 sm:py-0">
            <ul className="divide-y divide-border" aria-label="Finished workouts">
              {feed.data.items.map((item) => (
                <FeedEntry key={item.id} item={item} timeZone={timeZone} />
              ))}
            </ul>
          </Card>
          <ListFooter meta={feed.data.meta} onPage={(page) => update({ feed_page: page })} onPerPage={(per_page) => update({ feed_page: 1, feed_per_page: per_page })} />
        </div>
      )}
    </section>
  );
}
