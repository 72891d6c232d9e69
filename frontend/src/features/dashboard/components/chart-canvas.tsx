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
import { useEffect, useRef, useState } from 'react';

// Only the pieces the dashboard draws, so the chunk stays small.
Chart.register(DoughnutController, ArcElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export type ThemeColors = { foreground: string; muted: string; border: string; surface: string; primary: string; series: string[] };

function readColors(): ThemeColors {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return {
    foreground: get('--foreground'),
    muted: get('--muted'),
    border: get('--border'),
    surface: get('--surface'),
    primary: get('--primary'),
    series: [get('--primary'), get('--success'), get('--warning'), get('--info'), get('--danger')],
  };
}

/** The theme's colours, read again whenever dark and light mode switch. */
function useThemeColors(): ThemeColors {
  const [colors, setColors] = useState(readColors);
  useEffect(() => {
    const observer = new MutationObserver(() => setColors(readColors()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, []);
  return colors;
}

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
