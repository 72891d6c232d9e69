import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ThemeColors } from '@/features/dashboard/components/chart-canvas';

// Chart.js is most of the dashboard's code; it is fetched and run when a chart is about to scroll
// into view (at once on a wide screen, below the figures on a phone), so the figures come first.
const ChartCanvas = lazy(() => import('@/features/dashboard/components/chart-canvas').then((module) => ({ default: module.ChartCanvas })));

/** A chart's fixed-height slot that draws the chart once it nears the viewport. */
export function LazyChart({ label, build }: { label: string; build: (colors: ThemeColors) => ChartConfiguration }) {
  const slot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = slot.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), { rootMargin: '200px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  return (
    <div ref={slot} className="h-64">
      {near ? (
        <Suspense fallback={<p className="sr-only">{label}</p>}>
          <ChartCanvas label={label} build={build} />
        </Suspense>
      ) : (
        <p className="sr-only">{label}</p>
      )}
    </div>
  );
}
