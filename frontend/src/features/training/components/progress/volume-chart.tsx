import { useCallback, useMemo } from 'react';
import { useTrainingVolume, type TrainingVolumeSeries } from '@/features/training/api/get-training-volume';
import { LazyThemedChart } from '@/components/ui/lazy-themed-chart';
import type { ThemeColors } from '@/components/ui/theme-colors';
import { formatShortDate } from '@/features/training/components/progress/training-format';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

// More stacked colours than this stop being readable: the smaller groups are summed as "Other muscles".
const SHOWN_GROUPS = 5;

function grouped(series: TrainingVolumeSeries[]): TrainingVolumeSeries[] {
  if (series.length <= SHOWN_GROUPS + 1) return series;
  const rest = series.slice(SHOWN_GROUPS);
  const other = rest[0].volumes_kg.map((_, week) => rest.reduce((sum, entry) => sum + entry.volumes_kg[week], 0));
  return [...series.slice(0, SHOWN_GROUPS), { muscle: 'other', label: 'Other muscles', volumes_kg: other }];
}

/** Kilograms lifted per week per primary muscle group over the last 12 weeks, stacked. */
export function VolumeChart({ clientId }: { clientId: number }) {
  const volume = useTrainingVolume(clientId);
  const data = volume.data;
  const series = useMemo(() => (data ? grouped(data.series) : []), [data]);

  const build = useCallback(
    (colors: ThemeColors) => ({
      type: 'bar' as const,
      data: {
        labels: (data?.weeks ?? []).map((week) => formatShortDate(week)),
        datasets: series.map((entry, index) => ({
          label: entry.label,
          data: entry.volumes_kg.map((kg) => Math.round(kg)),
          backgroundColor: colors.series[index % colors.series.length],
          borderColor: colors.surface,
          borderWidth: 1,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false as const,
        plugins: { legend: { position: 'bottom' as const, labels: { color: colors.foreground, boxWidth: 12 } } },
        scales: {
          x: { stacked: true, ticks: { color: colors.muted, maxRotation: 0, autoSkipPadding: 8 }, grid: { display: false } },
          y: { stacked: true, beginAtZero: true, ticks: { color: colors.muted }, grid: { color: colors.border }, title: { display: true, text: 'kg', color: colors.muted } },
        },
      },
    }),
    [data, series],
  );

  if (volume.isPending) return <Spinner label="Loading weekly volume…" />;
  if (volume.isError) return <ErrorState error={volume.error} onRetry={() => volume.refetch()} />;
  if (series.length === 0) {
    return (
      <EmptyState compact title="No volume in the last 12 weeks">
        Each week adds up reps × load of the done sets, counted to the exercise’s main muscle groups.
      </EmptyState>
    );
  }
  const totals = series.map((entry) => `${entry.label} ${Math.round(entry.volumes_kg.reduce((a, b) => a + b, 0)).toLocaleString()} kg`).join(', ');
  return <LazyThemedChart label={`Volume per week over the last ${data?.weeks.length} weeks, by muscle group. Totals: ${totals}.`} build={build} />;
}
