import { useCallback } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { useBodyComposition } from '@/features/progress/api/get-body-composition';
import { LazyThemedChart } from '@/components/ui/lazy-themed-chart';
import type { ThemeColors } from '@/components/ui/theme-colors';
import { formatDay, formatMeasurement, rangeQuery, todayIn, type RangeChoice } from '@/features/progress/components/measurements/measurement-format';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

/** Fat mass and lean mass over the range, stacked to the weight they make up. */
export function BodyCompositionChart({ clientId, timeZone, range }: { clientId: number; timeZone?: string | null; range: RangeChoice }) {
  const today = todayIn(timeZone);
  const composition = useBodyComposition(clientId, rangeQuery(range, today));
  const data = composition.data;
  const build = useCallback(
    (colors: ThemeColors): ChartConfiguration => {
      const points = data?.points ?? [];
      const unit = data?.unit ?? 'kg';
      return {
        type: 'line',
        data: {
          labels: points.map((point) => formatDay(point.date, today)),
          datasets: [
            { label: 'Lean mass', data: points.map((point) => point.lean_mass), borderColor: colors.info, backgroundColor: `color-mix(in srgb, ${colors.info} 35%, transparent)`, fill: 'origin', pointRadius: points.length > 60 ? 0 : 2, stack: 'mass' },
            { label: 'Fat mass', data: points.map((point) => point.fat_mass), borderColor: colors.warning, backgroundColor: `color-mix(in srgb, ${colors.warning} 35%, transparent)`, fill: '-1', pointRadius: points.length > 60 ? 0 : 2, stack: 'mass' },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: { labels: { color: colors.foreground, boxWidth: 12 } },
            tooltip: {
              callbacks: {
                label: (item) => `${item.dataset.label}: ${formatMeasurement(item.parsed.y, unit)}${item.dataset.label === 'Lean mass' && points[item.dataIndex]?.lean_mass_derived ? ' (worked out)' : ''}`,
                footer: (items) => {
                  const point = points[items[0]?.dataIndex ?? 0];
                  return point ? `Weight ${formatMeasurement(point.weight, unit)}, body fat ${formatMeasurement(point.body_fat_percent, '%')}` : '';
                },
              },
            },
          },
          scales: {
            x: { ticks: { color: colors.muted, maxRotation: 0, autoSkipPadding: 12 }, grid: { display: false } },
            y: { stacked: true, beginAtZero: true, ticks: { color: colors.muted }, grid: { color: colors.border }, title: { display: true, text: unit, color: colors.muted } },
          },
        },
      };
    },
    [data, today],
  );
  if (composition.isPending) return <Spinner label="Loading body composition…" />;
  if (composition.isError) return <ErrorState error={composition.error} onRetry={() => composition.refetch()} />;
  const points = composition.data.points;
  if (points.length === 0) {
    return <EmptyState compact title="No body composition yet">A body-fat reading with a weight from the same fortnight shows fat and lean mass here.</EmptyState>;
  }
  const last = points.at(-1);
  const label = `Body composition on ${points.length} day${points.length === 1 ? '' : 's'}${last ? `; latest ${formatDay(last.date, today)}: fat ${formatMeasurement(last.fat_mass, composition.data.unit)}, lean ${formatMeasurement(last.lean_mass, composition.data.unit)}` : ''}.`;
  return (
    <div className="flex flex-col gap-1" data-testid="body-composition-chart">
      <LazyThemedChart label={label} build={build} />
      {composition.data.derived_note ? <p className="text-xs text-muted">{composition.data.derived_note}</p> : null}
    </div>
  );
}
