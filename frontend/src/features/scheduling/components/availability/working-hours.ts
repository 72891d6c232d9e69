import type { WorkingInterval } from '@/features/scheduling/api/get-working-hours';

/** The API numbers weekdays from Monday (0), like Python. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** One editable row: times as an <input type="time"> holds them (HH:MM), blank while unfinished. */
export type DraftInterval = { key: string; weekday: number; start: string; end: string };

let lastKey = 0;
export const newDraftKey = () => `interval-${++lastKey}`;

const hhmm = (time: string) => time.slice(0, 5);

export function toDrafts(intervals: WorkingInterval[]): DraftInterval[] {
  return sortDrafts(intervals.map((interval) => ({ key: newDraftKey(), weekday: interval.weekday, start: hhmm(interval.starts_at), end: hhmm(interval.ends_at) })));
}

export function toIntervals(drafts: DraftInterval[]): WorkingInterval[] {
  return sortDrafts(drafts).map((draft) => ({ weekday: draft.weekday, starts_at: `${draft.start}:00`, ends_at: `${draft.end}:00` }));
}

export function sortDrafts(drafts: DraftInterval[]): DraftInterval[] {
  return [...drafts].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

/** A new row for a day: 09:00–17:00, or an hour after the day's last row (the afternoon after a break). */
export function nextInterval(last: DraftInterval | undefined): Pick<DraftInterval, 'start' | 'end'> {
  const hour = last?.end ? Number(last.end.slice(0, 2)) : NaN;
  if (Number.isNaN(hour)) return { start: '09:00', end: '17:00' };
  if (hour >= 23) return { start: '', end: '' };
  return { start: last!.end, end: `${String(hour + 1).padStart(2, '0')}${last!.end.slice(2)}` };
}

/** Two weeks are the same when they hold the same intervals, whatever order they were typed in. */
export const sameWeek = (a: DraftInterval[], b: DraftInterval[]) => JSON.stringify(toIntervals(a)) === JSON.stringify(toIntervals(b));

/**
 * What is wrong with each row, by its key: missing times, an end not after its start, or an
 * overlap with an earlier row of the same day. Rows that only touch (12:00 end, 12:00 start)
 * are fine, as the API treats intervals as half-open.
 */
export function validateWeek(drafts: DraftInterval[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const complete: DraftInterval[] = [];
  for (const draft of drafts) {
    if (!draft.start || !draft.end) errors[draft.key] = 'Enter a start and an end time.';
    else if (draft.end <= draft.start) errors[draft.key] = 'The end must be after the start.';
    else complete.push(draft);
  }
  const sorted = sortDrafts(complete);
  for (let index = 1; index < sorted.length; index++) {
    const [previous, current] = [sorted[index - 1], sorted[index]];
    if (previous.weekday === current.weekday && current.start < previous.end) {
      errors[current.key] = `Overlaps ${previous.start}–${previous.end} on ${WEEKDAYS[current.weekday]}.`;
    }
  }
  return errors;
}
