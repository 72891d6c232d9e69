import { DateTime } from 'luxon';
import { PHONE_WEEK_DAYS, type CalendarView } from '@/features/scheduling/lib/calendar-search';

export type CalendarRange = { start: DateTime; end: DateTime };

/**
 * The instants a view shows, [start, end) in `zone`, matching FullCalendar's own layout with
 * `firstDay: 1`: weeks start on Monday and a month view is always six weeks; a phone's week is
 * three days from the date.
 */
export function visibleRange(view: CalendarView, date: string, zone: string, { phone = false }: { phone?: boolean } = {}): CalendarRange {
  const day = DateTime.fromISO(date, { zone }).startOf('day');
  if (view === 'day') return { start: day, end: day.plus({ days: 1 }) };
  if (view === 'week' && phone) return { start: day, end: day.plus({ days: PHONE_WEEK_DAYS }) };
  if (view === 'month') {
    const start = day.startOf('month').startOf('week');
    return { start, end: start.plus({ weeks: 6 }) };
  }
  const start = day.startOf('week');
  return { start, end: start.plus({ weeks: 1 }) };
}

/** ISO 8601 with the zone's offset, as every time the API takes must be. */
export const toApiTime = (time: DateTime): string => time.toISO({ suppressMilliseconds: true })!;

export type RangeQuery = { from: string; to: string; trainer_id?: number };

/** The `from`/`to` (and trainer) filter of `GET /api/sessions` and its CSV export for a view. */
export function rangeQuery(range: CalendarRange, trainerId: number | null): RangeQuery {
  return { from: toApiTime(range.start), to: toApiTime(range.end), ...(trainerId ? { trainer_id: trainerId } : {}) };
}

/** The heading over the calendar: "Monday, Nov 23, 2026", "Nov 23 – 29, 2026", "November 2026". */
export function rangeTitle(view: CalendarView, range: CalendarRange): string {
  if (view === 'day') return range.start.toFormat('cccc, LLL d, yyyy');
  if (view === 'month') return range.start.plus({ weeks: 1 }).toFormat('LLLL yyyy');
  const last = range.end.minus({ days: 1 });
  if (last.year !== range.start.year) return `${range.start.toFormat('LLL d, yyyy')} – ${last.toFormat('LLL d, yyyy')}`;
  if (last.month !== range.start.month) return `${range.start.toFormat('LLL d')} – ${last.toFormat('LLL d, yyyy')}`;
  return `${range.start.toFormat('LLL d')} – ${last.toFormat('d, yyyy')}`;
}
