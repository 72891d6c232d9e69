import { useEffect, useState } from 'react';

/** The theme's colours as canvas drawing needs them (Chart.js cannot read CSS variables itself). */
export type ThemeColors = {
  foreground: string;
  muted: string;
  border: string;
  surface: string;
  primary: string;
  info: string;
  success: string;
  warning: string;
  danger: string;
  /** Colours for data series, in the order they are handed out. */
  series: string[];
};

function readThemeColors(): ThemeColors {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return {
    foreground: get('--foreground'),
    muted: get('--muted'),
    border: get('--border'),
    surface: get('--surface'),
    primary: get('--primary'),
    info: get('--info'),
    success: get('--success'),
    warning: get('--warning'),
    danger: get('--danger'),
    series: [get('--primary'), get('--success'), get('--warning'), get('--info'), get('--danger'), get('--muted')],
  };
}

/** The theme's colours, read again whenever dark and light mode switch. */
export function useThemeColors(): ThemeColors {
  const [colors, setColors] = useState(readThemeColors);
  useEffect(() => {
    const observer = new MutationObserver(() => setColors(readThemeColors()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, []);
  return colors;
}
