import { useState } from 'react';
import { useClientRecords } from '@/features/training/api/get-client-records';
import { formatShortDate, recordFigure } from '@/features/training/components/progress/training-format';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

const PER_PAGE = 8;

/** A client's current personal records: per exercise, the heaviest load, the best e1RM and the most reps at a load. */
export function RecordsList({ clientId, timeZone, emptyHint }: { clientId: number; timeZone?: string; emptyHint: string }) {
  const [page, setPage] = useState(1);
  const records = useClientRecords(clientId, page, PER_PAGE);
  if (records.isPending) return <Spinner label="Loading records…" />;
  if (records.isError) return <ErrorState error={records.error} onRetry={() => records.refetch()} />;
  const { items, meta } = records.data;
  if (items.length === 0) return <EmptyState compact title="No personal records yet">{emptyHint}</EmptyState>;
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-col divide-y divide-border" aria-label="Personal records">
        {items.map((exercise) => (
          <li key={exercise.exercise_id} className="py-3 first:pt-0">
            <h4 className="font-semibold">{exercise.exercise_name}</h4>
            <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-3">
              {exercise.records.map((record) => (
                <div key={record.kind} className="min-w-0">
                  <dt className="text-xs text-muted">{record.label}</dt>
                  <dd className="tabular-nums">
                    {recordFigure(record)} <span className="whitespace-nowrap text-muted">· {formatShortDate(record.achieved_at, timeZone)}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
      {meta.pages > 1 ? (
        <div className="flex items-center justify-between gap-2 text-sm">
          <Button variant="secondary" disabled={!meta.has_prev} onClick={() => setPage(page - 1)}>
            Newer
          </Button>
          <span className="text-muted">
            Page {meta.page} of {meta.pages}
          </span>
          <Button variant="secondary" disabled={!meta.has_next} onClick={() => setPage(page + 1)}>
            Older
          </Button>
        </div>
      ) : null}
    </div>
  );
}
