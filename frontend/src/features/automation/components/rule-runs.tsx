import { useState } from 'react';
import { Link } from 'react-router';
import { useRuleRuns, type Run } from '@/features/automation/api/get-runs';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

const STATUS: Record<Run['status'], { label: string; tone: 'primary' | 'success' | 'neutral' | 'danger' }> = {
  active: { label: 'Under way', tone: 'primary' },
  completed: { label: 'Finished', tone: 'success' },
  stopped: { label: 'Stopped', tone: 'neutral' },
  failed: { label: 'Failed', tone: 'danger' },
};

function RunRow({ run, timeZone }: { run: Run; timeZone: string }) {
  const status = STATUS[run.status];
  return (
    <li className="py-3 text-sm" data-testid="automation-run">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Link className="font-semibold underline" to={paths.client.getHref(run.client_id)}>
          {run.client_name}
        </Link>
        <Badge tone={status.tone}>{status.label}</Badge>
      </p>
      <p className="mt-1 text-xs text-muted">
        {run.occasion_text} · started {formatDateTime(run.created_at, timeZone)}
        {run.status === 'active' && run.next_due_at ? ` · next step ${formatDateTime(run.next_due_at, timeZone)}` : ''}
      </p>
      {run.results.length ? (
        <ol className="mt-1 flex flex-col gap-0.5">
          {run.results.map((result, index) => (
            <li key={index} className="break-words">
              {result.type === 'error' ? '' : `Step ${result.step + 1}: `}
              {result.outcome}
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/** What an automation has done: its runs, newest first, with each step's outcome. */
export function RuleRuns({ ruleId, timeZone }: { ruleId: number; timeZone: string }) {
  const [query, setQuery] = useState({ page: 1, per_page: 10 });
  const runs = useRuleRuns(ruleId, query);
  return (
    <Card>
      <h2 className="text-base font-semibold">Runs</h2>
      {runs.isPending ? (
        <Spinner label="Loading runs…" />
      ) : runs.isError ? (
        <ErrorState error={runs.error} onRetry={() => runs.refetch()} />
      ) : runs.data.items.length === 0 ? (
        <EmptyState compact title="No runs yet">Each time it starts for a client, the run and what each step did appear here.</EmptyState>
      ) : (
        <>
          <ul aria-label="Runs" className="flex flex-col divide-y divide-border">
            {runs.data.items.map((run) => (
              <RunRow key={run.id} run={run} timeZone={timeZone} />
            ))}
          </ul>
          <ListFooter meta={runs.data.meta} onPage={(page) => setQuery((current) => ({ ...current, page }))} onPerPage={(per_page) => setQuery({ page: 1, per_page })} />
        </>
      )}
    </Card>
  );
}
