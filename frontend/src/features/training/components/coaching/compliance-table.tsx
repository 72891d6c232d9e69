import { useTrainingCompliance, type ComplianceQuery, type ComplianceRow } from '@/features/training/api/get-training-compliance';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterSelect, SortSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { SearchInput } from '@/components/ui/search-input';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { formatDateTime } from '@/lib/format';
import { toQuery } from '@/lib/list-params';
import { useListParams } from '@/lib/use-list-params';

const DEFAULTS = { q: '', missed: '', sort: 'compliance_7' };
const FILTERS = ['q', 'missed'] as const;
const SORTS = [
  ['compliance_7', 'Lowest this week first'],
  ['compliance_28', 'Lowest over 4 weeks first'],
  ['-compliance_7', 'Highest this week first'],
  ['name', 'Name, A–Z'],
] as const;

type Row = ComplianceRow & { id: number };

/** "2 of 3 · 67%", coloured by how far below plan the client is; a dash when nothing was due. */
function Share({ done, due, percent }: { done: number; due: number; percent: number | null }) {
  if (percent === null) return <span className="text-muted">Nothing due</span>;
  const tone = percent >= 80 ? 'text-success' : percent >= 50 ? 'text-warning' : 'text-danger';
  return (
    <span className="tabular-nums">
      <span className={cn('font-semibold', tone)}>{percent}%</span>
      <span className="text-muted">
        {' '}
        · {done} of {due}
      </span>
    </span>
  );
}

function columns(timeZone: string): Column<Row>[] {
  return [
    { key: 'name', header: 'Client', cell: (row) => row.client_name, sortKey: 'name' },
    { key: 'week', header: 'Last 7 days', cell: (row) => <Share done={row.done_7} due={row.due_7} percent={row.compliance_7} />, sortKey: 'compliance_7' },
    { key: 'month', header: 'Last 28 days', cell: (row) => <Share done={row.done_28} due={row.due_28} percent={row.compliance_28} />, sortKey: 'compliance_28' },
    {
      key: 'missed',
      header: 'Last two workouts',
      cell: (row) => (row.missed_last_two ? <Badge tone="danger">Both missed</Badge> : <span className="text-muted">Not both missed</span>),
    },
    { key: 'last', header: 'Last workout', cell: (row) => (row.last_workout_at ? formatDateTime(row.last_workout_at, timeZone) : <span className="text-muted">None yet</span>) },
  ];
}

/** Each client's share of prescribed workouts done, lowest first, with a filter for those who missed their last two. */
export function ComplianceTable({ timeZone }: { timeZone: string }) {
  const { state, update, clear, filtered } = useListParams(DEFAULTS, FILTERS);
  const { missed, ...rest } = toQuery(state) as Record<string, string | number>;
  const query = { ...rest, ...(missed ? { missed_last_two: missed === 'yes' } : {}) } as ComplianceQuery;
  const compliance = useTrainingCompliance(query);

  return (
    <section aria-labelledby="compliance-heading">
      <h2 id="compliance-heading" className="mb-1 text-lg font-semibold">
        Compliance
      </h2>
      <p className="mb-3 text-sm text-muted">Prescribed workouts done. Today’s workout counts once it is done; it is not missed until the day is over.</p>
      <ListToolbar
        filtered={filtered}
        onClear={clear}
        search={<SearchInput label="Search clients" placeholder="Client name" value={state.q} onSearch={(q) => update({ q }, { replace: true })} />}
        filters={
          <>
            <FilterSelect label="Last two workouts" value={state.missed} onChange={(value) => update({ missed: value })}>
              <option value="">Any</option>
              <option value="yes">Missed both</option>
              <option value="no">Did at least one</option>
            </FilterSelect>
            <SortSelect value={state.sort} onChange={(sort) => update({ sort })} options={SORTS} />
          </>
        }
      />
      {compliance.isPending ? (
        <Spinner label="Loading compliance…" />
      ) : compliance.isError ? (
        <ErrorState error={compliance.error} onRetry={() => compliance.refetch()} />
      ) : compliance.data.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No client matches"
            action={
              <Button variant="secondary" onClick={clear}>
                Clear filters
              </Button>
            }
          >
            {state.missed === 'yes' ? 'Nobody missed their last two workouts.' : 'Try another name.'}
          </EmptyState>
        ) : (
          <EmptyState title="No client has an active program">Assign a program to a client to follow how much of it they do.</EmptyState>
        )
      ) : (
        <div className={cn(compliance.isPlaceholderData && 'opacity-60')}>
          <DataTable
            caption="Compliance per client"
            rows={compliance.data.items.map((row) => ({ ...row, id: row.client_id }))}
            columns={columns(timeZone)}
            rowTitle={(row) => row.client_name}
            rowHref={(row) => paths.client.getHref(row.client_id)}
            sort={state.sort}
            onSort={(sort) => update({ sort })}
          />
          <ListFooter meta={compliance.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
        </div>
      )}
    </section>
  );
}
