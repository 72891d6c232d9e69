import { useLatestMeasurements } from '@/features/progress/api/get-latest-measurements';
import { formatDay, todayIn } from '@/features/progress/components/measurements/measurement-format';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

/** The newest value of each type, with how it changed since the entry before. */
export function LatestMeasurements({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  const latest = useLatestMeasurements(clientId);
  const today = todayIn(timeZone);
  if (latest.isPending) return <Spinner label="Loading the latest values…" />;
  if (latest.isError) return <ErrorState error={latest.error} onRetry={() => latest.refetch()} />;
  if (latest.data.length === 0) return <EmptyState compact title="No measurements yet">Enter a weight or a waist measurement to start the charts.</EmptyState>;
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4" aria-label="Latest measurements" data-testid="latest-measurements">
      {latest.data.map((item) => (
        <li key={item.type_id} className="flex flex-col rounded-lg border border-border bg-surface p-3">
          <span className="text-xs font-medium text-muted">{item.type_name}</span>
          <span className="text-lg font-semibold tabular-nums">{item.display}</span>
          <span className="text-xs text-muted">
            {formatDay(item.measured_on, today)}
            {item.change_display && item.previous_on ? ` · ${item.change_display} since ${formatDay(item.previous_on, today)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
