import { env } from '@/config/env';

/** A signed link as an <img src>: the API answers paths under /api/files/. */
export function fileUrl(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${env.apiUrl}${url}`;
}

/** Today's date (YYYY-MM-DD) in `timeZone`, the browser's when none is given. */
export function todayIn(timeZone?: string | null): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? undefined, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** "2026-03-01" → "1 Mar 2026", the day as people read it (no zone: it is a calendar day). */
export function photoDay(value: string): string {
  return new Date(`${value}T00:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
