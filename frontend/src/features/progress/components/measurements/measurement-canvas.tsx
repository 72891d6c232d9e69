import { CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef, useState } from 'react';

// What the measurement charts draw: lines (values, moving average, goal) and filled areas (body composition).
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, Filler);

export type CanvasColors = { foreground: string; muted: string; border: string; surface: string; primary: string; info: string; success: string; warning: string };

function readColors(): CanvasColors {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return { foreground: get('--foreground'), muted: get('--muted'), border: get('--border'), surface: get('--surface'), primary: get('--primary'), info: get('--info'), success: get('--success'), warning: get('--warning') };
}

/** A Chart.js canvas in the theme's colours (read again when dark and light mode switch), with a text alternative. */
export default function MeasurementCanvas({ label, build }: { label: string; build: (colors: CanvasColors) => ChartConfiguration }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [colors, setColors] = useState(readColors);
  useEffect(() => {
    const observer = new MutationObserver(() => setColors(readColors()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, []);
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
