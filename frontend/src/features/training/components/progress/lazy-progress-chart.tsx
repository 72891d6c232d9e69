import { lazy, Suspense } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ThemeColors } from '@/components/ui/theme-colors';

// Chart.js is fetched when a chart is first shown, not with the page.
const ProgressChart = lazy(() => import('@/components/ui/themed-chart'));

/** A progress chart's fixed-height slot; the text alternative stands in while Chart.js loads. */
export function LazyProgressChart({ label, build }: { label: string; build: (colors: ThemeColors) => ChartConfiguration }) {
  return (
    <div className="h-64">
      <Suspense fallback={<p className="sr-only">{label}</p>}>
        <ProgressChart label={label} build={build} />
      </Suspense>
    </div>
  );
}
