import { DateTime } from 'luxon';
import type { SeriesInput } from '@/features/scheduling/api/create-series';
import type { SessionInput } from '@/features/scheduling/api/create-session';
import type { Session } from '@/features/scheduling/api/get-sessions';
import type { SeriesScope, SessionChanges } from '@/features/scheduling/api/update-session';
import { toApiTime } from '@/features/scheduling/lib/calendar-range';
import { activeParticipants } from '@/features/scheduling/lib/session-events';
import { buildRrule, weekdayCode, type Repeat, type Weekday } from '@/features/scheduling/lib/recurrence-rule';
import type { FormErrors } from '@/lib/form';

export const KINDS = ['personal', 'group', 'assessment', 'consultation'] as const;
export type Kind = (typeof KINDS)[number];
export type ChosenClient = { id: number; name: string };

/** What the booking form holds: text as typed, times as local wall clock in the user's zone. */
export type BookingValues = {
  trainerId: string;
  kind: Kind;
  clients: ChosenClient[];
  capacity: string;
  date: string;
  start: string;
  end: string;
  repeat: 'none' | 'weekly';
  weekdays: Weekday[];
  interval: string;
  endType: 'never' | 'until' | 'count';
  until: string;
  count: string;
  title: string;
  location: string;
  onlineUrl: string;
  notes: string;
  price: string;
  scope: SeriesScope;
};

/** Where a new booking starts from: the selected range, the trainer being viewed, and a client when booked from their page. */
export type BookingDraft = { trainerId: number | null; start: DateTime; end: DateTime; clients?: ChosenClient[] };

export function valuesForDraft(draft: BookingDraft): BookingValues {
  return {
    trainerId: draft.trainerId ? String(draft.trainerId) : '',
    kind: 'personal',
    clients: draft.clients ?? [],
    capacity: '',
    date: draft.start.toISODate()!,
    start: draft.start.toFormat('HH:mm'),
    end: draft.end.toFormat('HH:mm'),
    repeat: 'none',
    weekdays: [weekdayCode(draft.start.weekday)],
    interval: '1',
    endType: 'count',
    until: '',
    count: '10',
    title: '',
    location: '',
    onlineUrl: '',
    notes: '',
    price: '',
    scope: 'this',
  };
}

export function valuesForSession(session: Session, zone: string): BookingValues {
  const start = DateTime.fromISO(session.starts_at, { zone });
  const end = DateTime.fromISO(session.ends_at, { zone });
  return {
    ...valuesForDraft({ trainerId: session.trainer_id, start, end }),
    kind: session.kind,
    clients: activeParticipants(session).map((person) => ({ id: person.client_id, name: person.client_name })),
    capacity: String(session.capacity),
    title: session.title ?? '',
    location: session.location ?? '',
    onlineUrl: session.online_url ?? '',
    notes: session.notes ?? '',
    price: session.price ?? '',
  };
}

export const sessionTimes = (values: Pick<BookingValues, 'date' | 'start' | 'end'>, zone: string) => ({
  start: DateTime.fromISO(`${values.date}T${values.start}`, { zone }),
  end: DateTime.fromISO(`${values.date}T${values.end}`, { zone }),
});

/** Minutes between start and end, or null while the times are incomplete or reversed. */
export function durationMinutes(values: Pick<BookingValues, 'date' | 'start' | 'end'>, zone: string): number | null {
  const { start, end } = sessionTimes(values, zone);
  if (!start.isValid || !end.isValid || end <= start) return null;
  return Math.round(end.diff(start, 'minutes').minutes);
}

const positiveInteger = (value: string) => /^\d+$/.test(value.trim()) && Number(value) >= 1;

/** The browser's checks, keyed by the API's field names so server errors land in the same places. */
export function checkBooking(values: BookingValues, { editing }: { editing: boolean }): FormErrors {
  const errors: FormErrors = {};
  if (!values.trainerId) errors.trainer_id = 'Choose a trainer.';
  if (values.kind === 'personal' && values.clients.length !== 1) errors.client_ids = 'A personal session has one client.';
  if (values.kind === 'group' && !positiveInteger(values.capacity)) errors.capacity = 'Capacity is a whole number, at least 1.';
  else if (values.kind === 'group' && values.clients.length > Number(values.capacity)) errors.client_ids = `At most ${values.capacity} clients.`;
  if (!values.date) errors.starts_at = 'Choose a day.';
  else if (!values.start) errors.starts_at = 'Start time is required.';
  if (!values.end) errors.ends_at = 'End time is required.';
  else if (values.start && values.end <= values.start) errors.ends_at = 'Must be after the start.';
  if (!editing && values.repeat === 'weekly') {
    if (!values.weekdays.length) errors.rrule = 'Choose at least one weekday.';
    else if (!positiveInteger(values.interval)) errors.rrule = 'Repeat every 1 week or more.';
    else if (values.endType === 'count' && !positiveInteger(values.count)) errors.rrule = 'Ends after at least 1 time.';
    else if (values.endType === 'until' && (!values.until || values.until < values.date)) errors.rrule = 'The end date must be on or after the first day.';
  }
  if (values.onlineUrl.trim() && !/^https?:\/\/\S+$/.test(values.onlineUrl.trim())) errors.online_url = 'Enter a full link, starting with https://.';
  if (values.price.trim() && !/^\d+(\.\d{1,2})?$/.test(values.price.trim())) errors.price = 'A price like 65 or 65.00.';
  return errors;
}

export function repeatOf(values: BookingValues): Repeat {
  if (values.repeat === 'none') return { type: 'none' };
  const end =
    values.endType === 'count'
      ? { type: 'count' as const, count: Number(values.count) }
      : values.endType === 'until'
        ? { type: 'until' as const, date: values.until }
        : { type: 'never' as const };
  return { type: 'weekly', weekdays: values.weekdays, interval: Number(values.interval), end };
}

const blankToNull = (value: string) => (value.trim() ? value.trim() : null);

function details(values: BookingValues) {
  return {
    kind: values.kind,
    client_ids: values.clients.map((client) => client.id),
    ...(values.kind === 'group' ? { capacity: Number(values.capacity) } : {}),
    title: blankToNull(values.title),
    location: blankToNull(values.location),
    online_url: blankToNull(values.onlineUrl),
    notes: blankToNull(values.notes),
    price: values.price.trim() ? Number(values.price) : null,
  };
}

export type BookingRequest =
  | { action: 'create-session'; body: SessionInput }
  | { action: 'create-series'; body: SeriesInput }
  | { action: 'update'; sessionId: number; changes: SessionChanges };

/** The API call the form makes: one session, a series (when it repeats), or only what an edit changed. */
export function toBookingRequest(values: BookingValues, { zone, session, override }: { zone: string; session?: Session; override: boolean }): BookingRequest {
  const { start, end } = sessionTimes(values, zone);
  const times = { starts_at: toApiTime(start), ends_at: toApiTime(end) };
  if (session) {
    const before = details(valuesForSession(session, zone));
    const after = details(values);
    const changes: SessionChanges = {};
    if (start.toMillis() !== DateTime.fromISO(session.starts_at).toMillis()) changes.starts_at = times.starts_at;
    if (end.toMillis() !== DateTime.fromISO(session.ends_at).toMillis()) changes.ends_at = times.ends_at;
    for (const key of Object.keys(after) as (keyof typeof after)[]) {
      if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) Object.assign(changes, { [key]: after[key] });
    }
    if (session.series_id) changes.scope = values.scope;
    if (override) changes.override = true;
    return { action: 'update', sessionId: session.id, changes };
  }
  const body = { trainer_id: Number(values.trainerId), ...times, ...details(values), override };
  const rrule = buildRrule(repeatOf(values));
  return rrule ? { action: 'create-series', body: { ...body, rrule } } : { action: 'create-session', body };
}
