import { useCallback, useId, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { useLatestMeasurements } from '@/features/progress/api/get-latest-measurements';
import { useMeasurementChart, type MeasurementChart as ChartData } from '@/features/progress/api/get-measurement-chart';
import { LazyThemedChart } from '@/components/ui/lazy-themed-chart';
import type { ThemeColors } from '@/components/ui/theme-colors';
import { formatDay, formatMeasurement, rangeQuery, todayIn, type RangeChoice } from '@/features/progress/components/measurements/measurement-format';
import { RangePicker } from '@/features/progress/components/measurements/range-picker';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

/** One measured type over a chosen range: the entries, their 7-entry moving average and the goal line. */
export function MeasurementChart({ clientId, timeZone, range, onRange }: { clientId: number; timeZone?: string | null; range: RangeChoice; onRange: (choice: RangeChoice) => void }) {
  const latest = useLatestMeasurements(clientId);
  const [chosen, setChosen] = useState<number | null>(null);
  const selectId = useId();
  if (latest.isPending) return <Spinner label="Loading the charts…" />;
  if (latest.isError) return <ErrorState error={latest.error} onRetry={() => latest.refetch()} />;
  if (latest.data.length === 0) return <EmptyState compact title="Nothing to chart yet">Each type you measure gets its own chart here.</EmptyState>;
  const typeId = chosen && latest.data.some((item) => item.type_id === chosen) ? chosen : latest.data[0].type_id;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
        <label htmlFor={selectId} className="text-sm font-medium">
          Measurement
        </label>
        <select id={selectId} className="min-h-11 w-full rounded-lg border border-border bg-surface px-3 text-base sm:w-60 sm:text-sm" value={typeId} onChange={(event) => setChosen(Number(event.target.value))}>
          {latest.data.map((item) => (
            <option key={item.type_id} value={item.type_id}>
              {item.type_name}
            </option>
          ))}
        </select>
      </div>
      <RangePicker label="Chart range" value={range} onChange={onRange} />
      <TypeLine clientId={clientId} typeId={typeId} range={range} today={todayIn(timeZone)} />
    </div>
  );
}

function summary(data: ChartData, today: string): string {
  const last = data.points.at(-1);
  const goal = data.goal ? `; goal ${formatMeasurement(data.goal.target_value, data.unit)}${data.goal.target_date ? ` by ${formatDay(data.goal.target_date, today)}` : ''}` : '';
  return `${data.type_name}: ${data.entries} entr${data.entries === 1 ? 'y' : 'ies'}${last ? `, latest ${formatMeasurement(last.value, data.unit)} on ${formatDay(last.date, today)}, 7-entry average ${formatMeasurement(last.average, data.unit)}` : ''}${goal}.`;
}

function TypeLine({ clientId, typeId, range, today }: { clientId: number; typeId: number; range: RangeChoice; today: string }) {
  const chart = useMeasurementChart(clientId, typeId, rangeQuery(range, today));
  const data = chart.data;
  const build = useCallback(
    (colors: ThemeColors): ChartConfiguration => {
      const points = data?.points ?? [];
      const unit = data?.unit ?? '';
      const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
        { label: data?.type_name ?? 'Value', data: points.map((point) => point.value), borderColor: colors.muted, backgroundColor: colors.muted, pointRadius: points.length > 60 ? 0 : 3, borderWidth: 1, showLine: points.length <= 60 },
        { label: '7-entry average', data: points.map((point) => point.average), borderColor: colors.primary, backgroundColor: colors.primary, pointRadius: 0, borderWidth: 2.5, tension: 0.3 },
      ];
      if (data?.goal?.target_value != null) {
        datasets.push({ label: `Goal (${formatMeasurement(data.goal.target_value, unit)})`, data: points.map(() => data.goal?.target_value ?? null), borderColor: colors.success, backgroundColor: colors.success, borderDash: [6, 4], pointRadius: 0, borderWidth: 2 });
      }
      return {
        type: 'line',
        data: { labels: points.map((point) => formatDay(point.date, today)), datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'index', intersect: false },
          plugins: { legend: { labels: { color: colors.foreground, boxWidth: 12 } }, tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatMeasurement(item.parsed.y, unit)}` } } },
          scales: {
            x: { ticks: { color: colors.muted, maxRotation: 0, autoSkipPadding: 12 }, grid: { display: false } },
            y: { ticks: { color: colors.muted }, grid: { color: colors.border }, title: { display: !!unit, text: unit, color: colors.muted } },
          },
        },
      };
    },
    [data, today],
  );
  if (chart.isPending) return <Spinner label="Loading the chart…" />;
  if (chart.isError) return <ErrorState error={chart.error} onRetry={() => chart.refetch()} />;
  if (chart.data.points.length === 0) return <EmptyState compact title="No entries in this range">Choose a longer range to see earlier entries.</EmptyState>;
  return (
    <div className="flex flex-col gap-1" data-testid="measurement-chart">
      <LazyThemedChart label={summary(chart.data, today)} build={build} />
      <p className="text-xs text-muted">
        {summary(chart.data, today)}
        {chart.data.thinned ? ` Showing ${chart.data.points.length} of the ${chart.data.entries} entries, evenly spaced; the average uses them all.` : ''}
      </p>
    </div>
  );
}
