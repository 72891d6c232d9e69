import { useCallback, useId, useState } from 'react';
import { useExerciseProgress } from '@/features/training/api/get-exercise-progress';
import { useLoggedExercises } from '@/features/training/api/get-logged-exercises';
import { LazyThemedChart } from '@/components/ui/lazy-themed-chart';
import type { ThemeColors } from '@/components/ui/theme-colors';
import { formatKg, formatLoad, formatShortDate, inUnit, recordSentence, type LoadUnit } from '@/features/training/components/progress/training-format';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

/** The estimated 1RM of one exercise over time, the exercise picked from those the client has logged. */
export function E1rmChart({ clientId, timeZone }: { clientId: number; timeZone?: string }) {
  const exercises = useLoggedExercises(clientId);
  const [chosen, setChosen] = useState<number | null>(null);
  const selectId = useId();
  const charted = exercises.data?.items.filter((exercise) => exercise.best_e1rm_kg !== null) ?? [];
  const exerciseId = chosen ?? charted[0]?.exercise_id ?? null;
  if (exercises.isPending) return <Spinner label="Loading exercises…" />;
  if (exercises.isError) return <ErrorState error={exercises.error} onRetry={() => exercises.refetch()} />;
  if (charted.length === 0) {
    return (
      <EmptyState compact title="Nothing to chart yet">
        Sets with a load and reps give an estimated one-rep max; each exercise’s best per training day is charted here.
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
        <label htmlFor={selectId} className="text-sm font-medium">
          Exercise
        </label>
        <select
          id={selectId}
          className="min-h-11 w-full rounded-lg border border-border bg-surface px-3 text-base sm:w-72 sm:text-sm"
          value={exerciseId ?? ''}
          onChange={(event) => setChosen(Number(event.target.value))}
        >
          {charted.map((exercise) => (
            <option key={exercise.exercise_id} value={exercise.exercise_id}>
              {exercise.exercise_name}
            </option>
          ))}
        </select>
      </div>
      {exerciseId ? <ExerciseLine clientId={clientId} exerciseId={exerciseId} timeZone={timeZone} /> : null}
    </div>
  );
}

function ExerciseLine({ clientId, exerciseId, timeZone }: { clientId: number; exerciseId: number; timeZone?: string }) {
  const progress = useExerciseProgress(clientId, exerciseId);
  const data = progress.data;
  const unit: LoadUnit = data?.unit === 'lb' ? 'lb' : 'kg';

  const build = useCallback(
    (colors: ThemeColors) => {
      const points = data?.points ?? [];
      return {
        type: 'line' as const,
        data: {
          labels: points.map((point) => formatShortDate(point.day)),
          datasets: [
            {
              label: `Estimated 1RM (${unit})`,
              data: points.map((point) => inUnit(point.e1rm_kg ?? 0, unit)),
              borderColor: colors.primary,
              backgroundColor: colors.primary,
              pointBackgroundColor: points.map((point) => (point.is_record ? colors.primary : colors.surface)),
              pointRadius: points.map((point) => (point.is_record ? 5 : 3)),
              tension: 0.2,
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false as const,
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                label: (item: { dataIndex: number }) => {
                  const point = points[item.dataIndex];
                  const top = `${formatLoad(point.load_value ?? point.load_kg, point.load_unit)} × ${point.reps}`;
                  return `Est. 1RM ${formatKg(point.e1rm_kg, unit)} from ${top}${point.is_record ? ' · record' : ''}`;
                },
              },
            },
          },
          scales: {
            x: { ticks: { color: colors.muted, maxRotation: 0, autoSkipPadding: 12 }, grid: { display: false } },
            y: { ticks: { color: colors.muted }, grid: { color: colors.border }, title: { display: true, text: unit, color: colors.muted } },
          },
        },
      };
    },
    [data, unit],
  );

  if (progress.isPending) return <Spinner label="Loading the chart…" />;
  if (progress.isError) return <ErrorState error={progress.error} onRetry={() => progress.refetch()} />;
  const points = data?.points ?? [];
  const best = data?.records.find((record) => record.kind === 'best_e1rm');
  const last = points.at(-1);
  const summary = `${data?.exercise_name}: estimated 1RM on ${points.length} training day${points.length === 1 ? '' : 's'}${
    last ? `, latest ${formatKg(last.e1rm_kg, unit)} on ${formatShortDate(last.day)}` : ''
  }${best ? `; best ${formatKg(best.value, unit)}` : ''}.`;
  return (
    <div className="flex flex-col gap-2" data-testid="e1rm-chart">
      <LazyThemedChart label={summary} build={build} />
      {data && data.records.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label={`${data.exercise_name} records`}>
          {data.records.map((record) => (
            <li key={record.kind}>{recordSentence(record, timeZone)}</li>
          ))}
        </ul>
      ) : null}
      {data?.truncated ? <p className="text-xs text-muted">Showing the most recent 1,000 training days.</p> : null}
    </div>
  );
}
