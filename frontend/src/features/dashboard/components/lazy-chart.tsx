import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { ThemeColors } from '@/components/ui/theme-colors';

// Chart.js is most of the dashboard's code. It is fetched and run after the figures are on
// screen: when a chart nears the viewport, or when the browser is next idle, whichever comes
// first, so charts below the fold on a phone are drawn by the time anyone scrolls (or prints).
const ThemedChart = lazy(() => import('@/components/ui/themed-chart'));

function whenIdle(callback: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback.
  const handle = globalThis.setTimeout(callback, 200);
  return () => globalThis.clearTimeout(handle);
}

/** A chart's fixed-height slot, drawn once it nears the viewport or the browser is idle. */
export function LazyChart({ label, build }: { label: string; build: (colors: ThemeColors) => ChartConfiguration }) {
  const slot = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    const element = slot.current;
    if (!element || wanted) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setWanted(true), { rootMargin: '200px' });
    observer.observe(element);
    const cancelIdle = whenIdle(() => setWanted(true));
    return () => {
      observer.disconnect();
      cancelIdle();
    };
  }, [wanted]);

  return (
    <div ref={slot} className="h-64">
      {wanted ? (
        <Suspense fallback={<p className="sr-only">{label}</p>}>
          <ThemedChart label={label} build={build} />
        </Suspense>
      ) : (
        <p className="sr-only">{label}</p>
      )}
    </div>
  );
}
