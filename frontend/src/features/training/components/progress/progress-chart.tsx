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
import { useEffect, useRef, useState } from 'react';

// The pieces the progress charts draw: lines (e1RM) and stacked bars (volume).
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export type ChartColors = { foreground: string; muted: string; border: string; surface: string; primary: string; series: string[] };

function readColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return {
    foreground: get('--foreground'),
    muted: get('--muted'),
    border: get('--border'),
    surface: get('--surface'),
    primary: get('--primary'),
    series: [get('--primary'), get('--info'), get('--success'), get('--warning'), get('--danger'), get('--muted')],
  };
}

/** The theme's colours, read again whenever dark and light mode switch. */
function useChartColors(): ChartColors {
  const [colors, setColors] = useState(readColors);
  useEffect(() => {
    const observer = new MutationObserver(() => setColors(readColors()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, []);
  return colors;
}

/** A Chart.js canvas in the theme's colours, with a text alternative for screen readers. */
export default function ProgressChart({ label, build }: { label: string; build: (colors: ChartColors) => ChartConfiguration }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const colors = useChartColors();
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, build(colors));
    return () => chart.destroy();
  }, [colors, build]);
  return (
    <div className="relative h-64">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
