import { lazy, Suspense } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ThemeColors } from '@/components/ui/theme-colors';

// Chart.js is fetched when a chart is first shown, not with the page.
const ThemedChart = lazy(() => import('@/components/ui/themed-chart'));

/** A chart's fixed-height slot; the text alternative stands in while Chart.js loads. */
export function LazyThemedChart({ label, build }: { label: string; build: (colors: ThemeColors) => ChartConfiguration }) {
  return (
    <div className="h-64 w-full min-w-0">
      <Suspense fallback={<p className="sr-only">{label}</p>}>
        <ThemedChart label={label} build={build} />
      </Suspense>
    </div>
  );
}
