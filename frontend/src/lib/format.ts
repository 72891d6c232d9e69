/** Dates and labels as people read them; the API speaks ISO 8601 and snake_case. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** An instant as date and time in `timeZone` (the browser's when left out). */
export function formatDateTime(value: string | null | undefined, timeZone?: string): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

/** A wall-clock date and time with no zone (2030-02-05T10:00:00), shown as it is. */
export function formatWallClock(value: string | null | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return value || '—';
  return new Date(`${value}Z`).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
}

/** The calendar day (yyyy-mm-dd) an instant falls on in `timeZone`. */
export function dayIn(value: string, timeZone: string): string {
  return new Date(value).toLocaleDateString('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** A count with its thousands separators, and "+" when counting stopped there: "10,000+". */
export function formatCount(value: number, exact = true): string {
  return `${value.toLocaleString()}${exact ? '' : '+'}`;
}

export function humanize(value: string | null | undefined): string {
  if (!value) return '—';
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
