import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { useThemeColors, type ThemeColors } from '@/components/ui/theme-colors';

// The pieces the lazily loaded charts draw: lines (e1RM, MRR, measurements), filled areas (body composition),
// bars (volume, revenue, the dashboard) and doughnuts (the dashboard's client statuses).
Chart.register(
  LineController,
  LineElement,
  PointElement,
  Filler,
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

/** A Chart.js canvas in the theme's colours, redrawn when the theme switches, with a text alternative for screen readers. */
export default function ThemedChart({ label, build }: { label: string; build: (colors: ThemeColors) => ChartConfiguration }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const colors = useThemeColors();
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, build(colors));
    return () => chart.destroy();
  }, [colors, build]);
  return (
    // min-w-0: inside a grid or flex cell the canvas may shrink with a phone's width instead of widening the page.
    <div className="relative h-64 w-full min-w-0 overflow-hidden">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
