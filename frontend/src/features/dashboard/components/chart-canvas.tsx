import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useThemeColors, type ThemeColors } from '@/components/ui/theme-colors';

// Only the pieces the dashboard draws, so the chunk stays small.
Chart.register(DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** A Chart.js canvas with a text alternative for screen readers. */
export function ChartCanvas({ label, build }: { label: string; build: (colors: ThemeColors) => ChartConfiguration }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const colors = useThemeColors();
  const buildRef = useRef(build);
  useEffect(() => {
    buildRef.current = build;
  });

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, buildRef.current(colors));
    return () => chart.destroy();
  }, [colors, build]);

  return (
    <div className="relative h-64">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
