/** The "repeat" part of the booking form, and the RFC 5545 RRULE it becomes for `POST /api/series`. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };

export type RepeatEnd = { type: 'never' } | { type: 'until'; date: string } | { type: 'count'; count: number };
export type Repeat = { type: 'none' } | { type: 'weekly'; weekdays: Weekday[]; interval: number; end: RepeatEnd };

/** The RRULE (without the `RRULE:` prefix) for a weekly repeat; null when the session does not repeat. */
export function buildRrule(repeat: Repeat): string | null {
  if (repeat.type === 'none') return null;
  if (!repeat.weekdays.length) throw new Error('A weekly repeat needs at least one weekday.');
  if (!Number.isInteger(repeat.interval) || repeat.interval < 1) throw new Error('The interval must be a whole number of weeks, at least 1.');
  // Monday-first order, as a person reads the week; the rule means the same either way.
  const days = WEEKDAYS.filter((day) => repeat.weekdays.includes(day));
  const parts = ['FREQ=WEEKLY'];
  if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
  parts.push(`BYDAY=${days.join(',')}`);
  if (repeat.end.type === 'count') {
    if (!Number.isInteger(repeat.end.count) || repeat.end.count < 1) throw new Error('The number of times must be at least 1.');
    parts.push(`COUNT=${repeat.end.count}`);
  }
  // A date UNTIL is inclusive in the series' zone (docs/scheduling.md), so no time is needed.
  if (repeat.end.type === 'until') parts.push(`UNTIL=${repeat.end.date.replaceAll('-', '')}`);
  return parts.join(';');
}

/** The RFC 5545 day code of an ISO weekday (Monday 1 … Sunday 7), as luxon numbers them. */
export const weekdayCode = (isoWeekday: number): Weekday => WEEKDAYS[(isoWeekday - 1 + 7) % 7];

/** A sentence for the form's summary line: "Weekly on Mon, Thu, 10 times". */
export function describeRepeat(repeat: Repeat): string {
  if (repeat.type === 'none') return 'Does not repeat';
  const every = repeat.interval > 1 ? `Every ${repeat.interval} weeks` : 'Weekly';
  const days = WEEKDAYS.filter((day) => repeat.weekdays.includes(day)).map((day) => WEEKDAY_LABELS[day]);
  const end = repeat.end.type === 'count' ? `, ${repeat.end.count} times` : repeat.end.type === 'until' ? `, until ${repeat.end.date}` : '';
  return `${every} on ${days.join(', ')}${end}`;
}
