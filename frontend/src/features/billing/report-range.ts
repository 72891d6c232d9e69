/** The revenue dashboard's date range and grouping, kept in the URL (?from=&to=&group=). */
import type { ReportGroup } from '@/features/billing/api';

export type Range = { from: string; to: string; group: ReportGroup };
export type Preset = 'this-month' | 'last-month' | 'last-3-months' | 'this-year' | 'last-12-months';

export const PRESETS: [Preset, string][] = [
  ['this-month', 'This month'],
  ['last-month', 'Last month'],
  ['last-3-months', 'Last 3 months'],
  ['this-year', 'This year'],
  ['last-12-months', 'Last 12 months'],
];

const iso = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month, day));
  return date.toISOString().slice(0, 10);
};

/** A preset's days, ending today (yyyy-mm-dd in the studio's zone), with the grouping that reads best for it. */
export function presetRange(preset: Preset, today: string): Range {
  const [year, month] = today.split('-').map(Number);
  const m = month - 1;
  switch (preset) {
    case 'this-month':
      return { from: iso(year, m, 1), to: today, group: 'day' };
    case 'last-month':
      return { from: iso(year, m - 1, 1), to: iso(year, m, 0), group: 'day' };
    case 'last-3-months':
      return { from: iso(year, m - 2, 1), to: today, group: 'week' };
    case 'this-year':
      return { from: iso(year, 0, 1), to: today, group: 'month' };
    default:
      return { from: iso(year, m - 11, 1), to: today, group: 'month' };
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The range in the URL, or the last 12 months; a range given backwards is turned round. */
export function readRange(search: URLSearchParams, today: string): Range {
  const fallback = presetRange('last-12-months', today);
  let from = search.get('from') ?? '';
  let to = search.get('to') ?? '';
  const group = search.get('group');
  if (!DAY.test(from) || !DAY.test(to)) return { ...fallback, group: group === 'day' || group === 'week' || group === 'month' ? group : fallback.group };
  if (from > to) [from, to] = [to, from];
  return { from, to, group: group === 'day' || group === 'week' || group === 'month' ? group : 'month' };
}

/** A period's label on the chart: "Nov 2026" for months, "30 Nov" for days and weeks. */
export function periodLabel(period: string, group: ReportGroup, locale?: string): string {
  const date = new Date(`${period.slice(0, 10).padEnd(10, '-01').replace(/-$/, '')}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return period;
  return group === 'month'
    ? date.toLocaleDateString(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
    : date.toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
