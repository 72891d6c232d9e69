import { Link } from 'react-router';
import { useExportActivity } from '@/features/activity/api/export-activity';
import { useActivity, type ActivityEntry, type ActivityQuery } from '@/features/activity/api/get-activity';
import { useActivityFilters } from '@/features/activity/api/get-activity-filters';
import { useActivityStats } from '@/features/activity/api/get-activity-stats';
import { ActivityChanges } from '@/features/activity/components/activity-changes';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { FilterSelect, SortSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { SearchInput } from '@/components/ui/search-input';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { dayIn, formatCount, formatDateTime } from '@/lib/format';
import { toQuery } from '@/lib/list-params';
import { useListParams } from '@/lib/use-list-params';

const DEFAULTS = { q: '', action: '', entity_type: '', entity_id: '', actor_id: '', date_from: '', date_to: '', sort: '-created_at' };
const FILTERS = ['q', 'action', 'entity_type', 'entity_id', 'actor_id', 'date_from', 'date_to'] as const;
const SORTS = [
  ['-created_at', 'Newest first'],
  ['created_at', 'Oldest first'],
  ['actor_name', 'Person, A–Z'],
  ['entity_label', 'Record, A–Z'],
] as const;

const actionTone = { create: 'success', update: 'neutral', delete: 'danger', archive: 'danger', restore: 'success', assign: 'primary', unassign: 'warning' } as const;

/** Where an entry's record is shown: its page, the calendar on the session's day in the reader's zone, or settings. */
export function entityHref(entry: Pick<ActivityEntry, 'entity_type' | 'entity_id' | 'action' | 'entity_at'>, timeZone: string): string | null {
  if (entry.action === 'delete') return null;
  if (entry.entity_type === 'client') return paths.client.getHref(entry.entity_id);
  if (entry.entity_type === 'trainer') return paths.trainer.getHref(entry.entity_id);
  if ((entry.entity_type === 'session' || entry.entity_type === 'session_series') && entry.entity_at) {
    return paths.calendar.getHref(`?view=day&date=${dayIn(entry.entity_at, timeZone)}`);
  }
  if (entry.entity_type === 'organization') return paths.settings.getHref();
  if (entry.entity_type === 'document') return paths.document.getHref(entry.entity_id);
  if (entry.entity_type === 'document_folder') return paths.documents.getHref();
  return null;
}

/** One entry, times in the reader's zone; `compact` (the dashboard) leaves out what a new record was created with. */
export function ActivityEntryRow({ entry, timeZone, onActor, compact }: { entry: ActivityEntry; timeZone: string; onActor?: (actorId: number) => void; compact?: boolean }) {
  const href = entityHref(entry, timeZone);
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:gap-4">
      <time dateTime={entry.created_at} className="shrink-0 text-xs text-muted sm:w-40 sm:pt-0.5">
        {formatDateTime(entry.created_at, timeZone)}
      </time>
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
          {onActor && entry.actor_id ? (
            <button type="button" className="font-semibold hover:text-primary-text hover:underline" onClick={() => onActor(entry.actor_id!)} title="Show only this person's activity">
              {entry.actor_name}
            </button>
          ) : (
            <span className="font-semibold">{entry.actor_name}</span>
          )}
          <Badge tone={actionTone[entry.action as keyof typeof actionTone] ?? 'neutral'}>{entry.action_label}</Badge>
          <span className="text-muted">{entry.entity_type_label}</span>
          {href ? (
            <Link to={href} className="font-medium text-primary-text hover:underline">
              {entry.entity_label}
            </Link>
          ) : (
            <span className="font-medium">{entry.entity_label}</span>
          )}
          {entry.entity_at ? (
            <time dateTime={entry.entity_at} className="basis-full text-muted sm:basis-auto">
              <span className="hidden sm:inline">· </span>
              {formatDateTime(entry.entity_at, timeZone)}
            </time>
          ) : null}
        </p>
        <ActivityChanges changes={entry.changes} timeZone={timeZone} limit={compact ? (entry.action === 'create' ? 0 : 2) : 6} />
      </div>
    </li>
  );
}

export function ActivityLog({ timeZone }: { timeZone: string }) {
  const { state, update, clear, filtered } = useListParams(DEFAULTS, FILTERS);
  const query = toQuery(state) as ActivityQuery;
  const activity = useActivity(query);
  const stats = useActivityStats();
  const options = useActivityFilters();
  const exportActivity = useExportActivity();
  const toast = useToast();
  const first = activity.data?.items[0];

  return (
    <>
      <div className="mb-4 grid grid-cols-3 gap-3">
        {(
          [
            ['Total', stats.data ? formatCount(stats.data.total, stats.data.total_is_exact) : undefined],
            ['Today', stats.data ? formatCount(stats.data.today) : undefined],
            ['This week', stats.data ? formatCount(stats.data.this_week) : undefined],
          ] as const
        ).map(([label, value]) => (
          <Card key={label} className="p-3 sm:p-4">
            <p className="text-xs font-medium uppercase tracking-wide text-muted">{label}</p>
            <p className="mt-1 text-2xl font-bold tabular-nums">{value ?? '–'}</p>
          </Card>
        ))}
      </div>
      <ListToolbar
        filtered={filtered}
        onClear={clear}
        search={<SearchInput label="Search activity" placeholder="Person or record, e.g. Peña" value={state.q} onSearch={(q) => update({ q }, { replace: true })} />}
        filters={
          <>
            <FilterSelect label="Action" value={state.action} onChange={(action) => update({ action })}>
              <option value="">Any action</option>
              {options.data?.actions.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect label="Record type" value={state.entity_type} onChange={(entity_type) => update({ entity_type, entity_id: null })}>
              <option value="">Any record</option>
              {options.data?.entity_types.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </FilterSelect>
            <InputField label="From" type="date" wrapperClassName="min-w-36 flex-1 sm:flex-none" value={state.date_from} max={state.date_to || undefined} onChange={(event) => update({ date_from: event.target.value })} />
            <InputField label="To" type="date" wrapperClassName="min-w-36 flex-1 sm:flex-none" value={state.date_to} min={state.date_from || undefined} onChange={(event) => update({ date_to: event.target.value })} />
            <SortSelect value={state.sort} onChange={(sort) => update({ sort })} options={SORTS} />
          </>
        }
        exporting={exportActivity.isPending}
        onExport={(format) =>
          exportActivity.mutate({ query, format }, { onSuccess: (name) => toast.success(`Downloaded ${name}.`), onError: (error) => toast.error(errorMessage(error)) })
        }
      />
      {state.entity_id || state.actor_id ? (
        <p className="mb-3 flex flex-wrap items-center gap-2 text-sm">
          {state.entity_id ? (
            <Button variant="secondary" onClick={() => update({ entity_id: null })}>
              Only {first ? `“${first.entity_label}”` : 'this record'} ✕
            </Button>
          ) : null}
          {state.actor_id ? (
            <Button variant="secondary" onClick={() => update({ actor_id: null })}>
              Only {first ? `${first.actor_name}’s` : 'one person’s'} changes ✕
            </Button>
          ) : null}
        </p>
      ) : null}
      {activity.isPending ? (
        <Spinner label="Loading activity…" />
      ) : activity.isError ? (
        <ErrorState error={activity.error} onRetry={() => activity.refetch()} />
      ) : activity.data.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No activity matches these filters"
            action={
              <Button variant="secondary" onClick={clear}>
                Clear filters
              </Button>
            }
          >
            Try a wider date range or another action.
          </EmptyState>
        ) : (
          <EmptyState title="No activity yet" action={<ButtonLink to={paths.clientNew.getHref()}>Add a client</ButtonLink>}>
            Every change anyone makes to clients, trainers and sessions is written here, with who made it and when.
          </EmptyState>
        )
      ) : (
        <div className={cn(activity.isPlaceholderData && 'opacity-60')}>
          <Card className="py-0 sm:py-0">
            <ul className="divide-y divide-border" aria-label="Activity">
              {activity.data.items.map((entry) => (
                <ActivityEntryRow key={entry.id} entry={entry} timeZone={timeZone} onActor={(actor_id) => update({ actor_id })} />
              ))}
            </ul>
          </Card>
          <ListFooter meta={activity.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
        </div>
      )}
    </>
  );
}
