import { Link } from 'react-router';
import { useExportActivity } from '@/features/activity/api/export-activity';
import { ACTIONS, ENTITY_TYPES, useActivity, type ActivityEntry, type ActivityQuery } from '@/features/activity/api/get-activity';
import { useActivityStats } from '@/features/activity/api/get-activity-stats';
import { ActivityChanges } from '@/features/activity/components/activity-changes';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { formatDateTime, humanize } from '@/lib/format';
import { toQuery } from '@/lib/list-params';
import { useListParams } from '@/lib/use-list-params';

const DEFAULTS = { action: '', entity_type: '', entity_id: '', actor_id: '', date_from: '', date_to: '' };
const FILTERS = ['action', 'entity_type', 'entity_id', 'actor_id', 'date_from', 'date_to'] as const;

const actionTone = { create: 'success', update: 'neutral', delete: 'danger', archive: 'danger', restore: 'success', assign: 'primary', unassign: 'warning' } as const;

export function entityHref(entry: Pick<ActivityEntry, 'entity_type' | 'entity_id' | 'action'>): string | null {
  if (entry.action === 'delete') return null;
  if (entry.entity_type === 'client') return paths.client.getHref(entry.entity_id);
  if (entry.entity_type === 'trainer') return paths.trainer.getHref(entry.entity_id);
  return null;
}

/** One entry; `compact` (the dashboard) leaves out what a new record was created with. */
export function ActivityEntryRow({ entry, onActor, compact }: { entry: ActivityEntry; onActor?: (actorId: number) => void; compact?: boolean }) {
  const href = entityHref(entry);
  return (
    <li className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:gap-4">
      <time dateTime={entry.created_at} className="shrink-0 text-xs text-muted sm:w-40 sm:pt-0.5">
        {formatDateTime(entry.created_at)}
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
          <Badge tone={actionTone[entry.action as keyof typeof actionTone] ?? 'neutral'}>{entry.action}</Badge>
          <span className="text-muted">{entry.entity_type}</span>
          {href ? (
            <Link to={href} className="font-medium text-primary-text hover:underline">
              {entry.entity_label}
            </Link>
          ) : (
            <span className="font-medium">{entry.entity_label}</span>
          )}
        </p>
        <ActivityChanges changes={entry.changes} limit={compact ? (entry.action === 'create' ? 0 : 2) : 6} />
      </div>
    </li>
  );
}

export function ActivityLog() {
  const { state, update, clear, filtered } = useListParams(DEFAULTS, FILTERS);
  const query = toQuery(state) as ActivityQuery;
  const activity = useActivity(query);
  const stats = useActivityStats();
  const exportActivity = useExportActivity();
  const toast = useToast();

  return (
    <>
      <div className="mb-4 grid grid-cols-3 gap-3">
        {(
          [
            ['Total', stats.data?.total],
            ['Today', stats.data?.today],
            ['This week', stats.data?.this_week],
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
        filters={
          <>
            <FilterSelect label="Action" value={state.action} onChange={(action) => update({ action })}>
              <option value="">Any action</option>
              {ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {humanize(action)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect label="Record type" value={state.entity_type} onChange={(entity_type) => update({ entity_type, entity_id: null })}>
              <option value="">Any record</option>
              {ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {humanize(type)}
                </option>
              ))}
            </FilterSelect>
            <InputField label="From" type="date" wrapperClassName="min-w-36 flex-1 sm:flex-none" value={state.date_from} max={state.date_to || undefined} onChange={(event) => update({ date_from: event.target.value })} />
            <InputField label="To" type="date" wrapperClassName="min-w-36 flex-1 sm:flex-none" value={state.date_to} min={state.date_from || undefined} onChange={(event) => update({ date_to: event.target.value })} />
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
              Only {state.entity_type || 'record'} #{state.entity_id} ✕
            </Button>
          ) : null}
          {state.actor_id ? (
            <Button variant="secondary" onClick={() => update({ actor_id: null })}>
              Only one person’s changes ✕
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
                <ActivityEntryRow key={entry.id} entry={entry} onActor={(actor_id) => update({ actor_id })} />
              ))}
            </ul>
          </Card>
          <ListFooter meta={activity.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
        </div>
      )}
    </>
  );
}
