import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useThemeColors, type ThemeColors } from '@/components/ui/theme-colors';

// The pieces the revenue charts draw: bars (revenue per period, MRR movements) and a line (MRR).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/** A Chart.js canvas in the theme's colours, redrawn when the theme switches, with a text alternative. */
export default function RevenueChart({ label, build }: { label: string; build: (colors: ThemeColors) => ChartConfiguration }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const colors = useThemeColors();
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, build(colors));
    return () => chart.destroy();
  }, [colors, build]);
  return (
    <div className="relative h-64 w-full min-w-0 overflow-hidden">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
