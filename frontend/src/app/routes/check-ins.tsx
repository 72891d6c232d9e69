import { useState } from 'react';
import { Link } from 'react-router';
import { useCheckInQueue, useOverdueCheckIns, type CheckInQueueArgs } from '@/features/progress/api/get-check-in-queue';
import { CheckInReview } from '@/features/progress/components/checkins/check-in-review';
import { dueDay, shortDate } from '@/features/progress/components/checkins/check-in-words';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { FilterSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { SidePanel } from '@/components/ui/side-panel';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

type Status = NonNullable<CheckInQueueArgs['status']>;

/** The coaches' review queue: check-ins waiting (oldest first), the reviewed ones, and clients who are overdue. */
export default function CheckInsRoute() {
  const [status, setStatus] = useState<Status>('unreviewed');
  const [page, setPage] = useState(1);
  const queue = useCheckInQueue({ status, page });
  const overdue = useOverdueCheckIns();
  const [open, setOpen] = useState<number | null>(null);

  return (
    <>
      <PageHeader title="Check-ins" description="Your clients' weekly check-ins: read them, reply and mark them reviewed." actions={<ButtonLink to={paths.checkInForms.getHref()} variant="secondary">Forms</ButtonLink>} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card aria-labelledby="queue-title">
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <h2 id="queue-title" className="text-lg font-semibold">
              {status === 'unreviewed' ? 'To review' : status === 'reviewed' ? 'Reviewed' : 'All check-ins'}
            </h2>
            <FilterSelect label="Show" value={status} onChange={(value) => (setStatus(value as Status), setPage(1))}>
              <option value="unreviewed">To review</option>
              <option value="reviewed">Reviewed</option>
              <option value="all">All</option>
            </FilterSelect>
          </div>
          {queue.isPending ? (
            <Spinner label="Loading check-ins…" />
          ) : queue.isError ? (
            <ErrorState error={queue.error} onRetry={() => queue.refetch()} />
          ) : queue.data.items.length === 0 ? (
            <EmptyState compact title={status === 'unreviewed' ? 'All caught up' : 'No check-ins here'}>
              {status === 'unreviewed' ? 'Every check-in your clients sent is reviewed.' : 'Check-ins your clients send show up here.'}
            </EmptyState>
          ) : (
            <>
              <ul className="divide-y divide-border" aria-label="Check-ins">
                {queue.data.items.map((item) => (
                  <li key={item.id}>
                    <button type="button" className="flex min-h-12 w-full flex-wrap items-center justify-between gap-2 py-3 text-left hover:bg-surface-muted" onClick={() => setOpen(item.id)} data-testid="queue-item">
                      <span className="min-w-0">
                        <span className="block font-medium">{item.client_name}</span>
                        <span className="block text-sm text-muted">
                          {item.form_name} · week due {shortDate(item.due_on)} · sent {formatDateTime(item.submitted_at)}
                        </span>
                      </span>
                      <span className="flex flex-wrap gap-1.5">
                        {item.late ? <Badge tone="warning">Late</Badge> : null}
                        {item.replied ? <Badge>Replied</Badge> : null}
                        {item.reviewed_at ? <Badge tone="success">Reviewed</Badge> : <Badge tone="primary">To review</Badge>}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              {queue.data.meta.pages > 1 ? <ListFooter meta={queue.data.meta} onPage={setPage} onPerPage={() => setPage(1)} /> : null}
            </>
          )}
        </Card>
        <Card aria-labelledby="overdue-title">
          <h2 id="overdue-title" className="mb-3 text-lg font-semibold">
            Overdue
          </h2>
          {overdue.isPending ? (
            <Spinner />
          ) : overdue.isError ? (
            <ErrorState error={overdue.error} onRetry={() => overdue.refetch()} />
          ) : overdue.data.items.length === 0 ? (
            <p className="text-sm text-muted">No client is behind on their check-in.</p>
          ) : (
            <ul className="divide-y divide-border" aria-label="Overdue check-ins">
              {overdue.data.items.map((item) => (
                <li key={item.client_id} className="py-2">
                  <Link to={paths.client.getHref(item.client_id)} className="font-medium hover:underline">
                    {item.client_name}
                  </Link>
                  <p className="text-sm text-muted">
                    {item.overdue_count === 1 ? '1 week' : `${item.overdue_count} weeks`} overdue · last due {dueDay(item.last_due_on)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <SidePanel open={open !== null} onClose={() => setOpen(null)} title="Check-in">
        {open !== null ? <CheckInReview submissionId={open} /> : null}
      </SidePanel>
    </>
  );
}
