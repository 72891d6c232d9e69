// How measurements read for people: "82.4 kg", "18.2%", "3 May", and the chart ranges a person picks.

/** "82.4 kg", "18.2%", "58 bpm", "12" (a plain number). */
export function formatMeasurement(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  const number = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** Today's date (YYYY-MM-DD) in `timeZone`, else in this device's zone. */
export function todayIn(timeZone?: string | null): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? undefined, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** "3 May", or "3 May 2025" outside the current year (a calendar day: no zone involved). */
export function formatDay(day: string, today = todayIn()): string {
  const [year, month, date] = day.split('-').map(Number);
  const label = new Date(Date.UTC(year, month - 1, date)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return year === Number(today.slice(0, 4)) ? label : `${label} ${year}`;
}

export const RANGES = [
  { key: '30d', label: '30 d', days: 30 },
  { key: '90d', label: '90 d', days: 90 },
  { key: '1y', label: '1 y', days: 365 },
  { key: 'all', label: 'All', days: null },
  { key: 'custom', label: 'Custom', days: null },
] as const;
export type RangeKey = (typeof RANGES)[number]['key'];
export type RangeChoice = { key: RangeKey; from?: string; to?: string };

/** The `from`/`to` a range choice asks the server for. */
export function rangeQuery(choice: RangeChoice, today: string): { from?: string; to?: string } {
  if (choice.key === 'custom') return { ...(choice.from ? { from: choice.from } : {}), ...(choice.to ? { to: choice.to } : {}) };
  const range = RANGES.find((item) => item.key === choice.key);
  if (!range?.days) return {};
  const [year, month, date] = today.split('-').map(Number);
  const from = new Date(Date.UTC(year, month - 1, date - range.days + 1)).toISOString().slice(0, 10);
  return { from };
}

// The types a phone form offers first: what clients weigh and measure most weeks.
export const COMMON_TYPES = ['weight', 'body_fat', 'waist'];
