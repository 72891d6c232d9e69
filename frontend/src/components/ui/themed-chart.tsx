import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
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

// The pieces the lazily loaded charts draw: lines (e1RM, MRR) and bars (volume, revenue).
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

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
