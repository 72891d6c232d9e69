import { DateTime } from 'luxon';

/** What the calendar shows, kept in the URL: `?view=week&date=2026-11-23&trainer=3&cancelled=hide`. */
export const CALENDAR_VIEWS = ['day', 'week', 'month', 'list'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export type CalendarState = {
  view: CalendarView;
  /** A local date (yyyy-mm-dd) in the signed-in user's zone. */
  date: string;
  trainerId: number | null;
  hideCancelled: boolean;
};

/** Phones open on one day (a week of columns is unreadable at 390 px); larger screens on the week. */
export const defaultView = (phone: boolean): CalendarView => (phone ? 'day' : 'week');

/** On a phone the week view shows three days from the chosen date: seven columns do not fit 390 px. */
export const PHONE_WEEK_DAYS = 3;

const FULLCALENDAR_VIEWS: Record<CalendarView, string> = {
  day: 'timeGridDay',
  week: 'timeGridWeek',
  month: 'dayGridMonth',
  list: 'listWeek',
};

/** The FullCalendar view that draws `view` on this screen (`timeGridThreeDay` is defined in the calendar). */
export const fullCalendarView = (view: CalendarView, phone: boolean): string => (phone && view === 'week' ? 'timeGridThreeDay' : FULLCALENDAR_VIEWS[view]);

/** The view switch's label: "3 days" for the week on a phone. */
export const viewLabel = (view: CalendarView, phone: boolean): string =>
  phone && view === 'week' ? `${PHONE_WEEK_DAYS} days` : view.charAt(0).toUpperCase() + view.slice(1);

const isCalendarView = (value: string | null): value is CalendarView => CALENDAR_VIEWS.includes(value as CalendarView);

function isLocalDate(value: string | null): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}

/** Reads the URL; anything missing or malformed falls back to today's default view. */
export function parseCalendarSearch(search: URLSearchParams, { today, phone }: { today: string; phone: boolean }): CalendarState {
  const view = search.get('view');
  const date = search.get('date');
  const trainer = Number(search.get('trainer'));
  return {
    view: isCalendarView(view) ? view : defaultView(phone),
    date: isLocalDate(date) ? date : today,
    trainerId: Number.isInteger(trainer) && trainer > 0 ? trainer : null,
    hideCancelled: search.get('cancelled') === 'hide',
  };
}

/** The URL for a state, defaults left out so "today" stays today when bookmarked. */
export function toCalendarSearch(state: CalendarState, { today, phone }: { today: string; phone: boolean }): URLSearchParams {
  const search = new URLSearchParams();
  if (state.view !== defaultView(phone)) search.set('view', state.view);
  if (state.date !== today) search.set('date', state.date);
  if (state.trainerId) search.set('trainer', String(state.trainerId));
  if (state.hideCancelled) search.set('cancelled', 'hide');
  return search;
}

/** The date one page before or after, as the toolbar's arrows move (three days for a phone's week). */
export function stepDate(view: CalendarView, date: string, direction: 1 | -1, { phone = false }: { phone?: boolean } = {}): string {
  const unit =
    view === 'day'
      ? { days: direction }
      : view === 'month'
        ? { months: direction }
        : phone && view === 'week'
          ? { days: PHONE_WEEK_DAYS * direction }
          : { weeks: direction };
  return DateTime.fromISO(date).plus(unit).toISODate()!;
}

const positiveId = (value: string | null): number | null => {
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : null;
};

/** `?session=<id>`: the session whose details panel is open. */
export const openSessionId = (search: URLSearchParams): number | null => positiveId(search.get('session'));

/** `?book=<client id>`: open the booking form for that client (from their page). */
export const bookingClientId = (search: URLSearchParams): number | null => positiveId(search.get('book'));
