import { expect, test } from 'vitest';
import { bookingClientId, fullCalendarView, openSessionId, parseCalendarSearch, stepDate, toCalendarSearch, viewLabel } from '@/features/scheduling/lib/calendar-search';
import { bookForClientHref, sessionHref } from '@/features/scheduling/lib/session-links';

const today = '2026-11-23';

test('an empty URL is today in the default view for the device', () => {
  expect(parseCalendarSearch(new URLSearchParams(), { today, phone: false })).toEqual({ view: 'week', date: today, trainerId: null, hideCancelled: false });
  expect(parseCalendarSearch(new URLSearchParams(), { today, phone: true }).view).toBe('day');
});

test('reads view, date, trainer and the cancelled toggle', () => {
  const state = parseCalendarSearch(new URLSearchParams('view=month&date=2027-02-10&trainer=3&cancelled=hide'), { today, phone: false });
  expect(state).toEqual({ view: 'month', date: '2027-02-10', trainerId: 3, hideCancelled: true });
});

test('malformed values fall back instead of breaking the screen', () => {
  const state = parseCalendarSearch(new URLSearchParams('view=year&date=2026-13-45&trainer=abc'), { today, phone: false });
  expect(state).toEqual({ view: 'week', date: today, trainerId: null, hideCancelled: false });
  expect(parseCalendarSearch(new URLSearchParams('trainer=-2'), { today, phone: false }).trainerId).toBeNull();
  expect(parseCalendarSearch(new URLSearchParams('trainer=1.5'), { today, phone: false }).trainerId).toBeNull();
});

test('writing the URL leaves defaults out and round-trips', () => {
  const options = { today, phone: false };
  expect(toCalendarSearch({ view: 'week', date: today, trainerId: null, hideCancelled: false }, options).toString()).toBe('');
  const state = { view: 'day' as const, date: '2026-12-01', trainerId: 4, hideCancelled: true };
  const search = toCalendarSearch(state, options);
  expect(search.toString()).toBe('view=day&date=2026-12-01&trainer=4&cancelled=hide');
  expect(parseCalendarSearch(search, options)).toEqual(state);
});

test('the arrows step by the view’s unit', () => {
  expect(stepDate('day', '2026-11-30', 1)).toBe('2026-12-01');
  expect(stepDate('week', '2026-11-23', -1)).toBe('2026-11-16');
  expect(stepDate('list', '2026-11-23', 1)).toBe('2026-11-30');
  expect(stepDate('month', '2027-01-31', 1)).toBe('2027-02-28');
});

test('a phone draws the week as three days and steps by three', () => {
  expect(fullCalendarView('week', true)).toBe('timeGridThreeDay');
  expect(fullCalendarView('week', false)).toBe('timeGridWeek');
  expect(fullCalendarView('day', true)).toBe('timeGridDay');
  expect(viewLabel('week', true)).toBe('3 days');
  expect(viewLabel('week', false)).toBe('Week');
  expect(stepDate('week', '2026-11-23', 1, { phone: true })).toBe('2026-11-26');
  expect(stepDate('week', '2026-11-23', -1, { phone: true })).toBe('2026-11-20');
});

test('a session opens by its id in the URL, on its day in the user’s zone', () => {
  expect(openSessionId(new URLSearchParams('session=812'))).toBe(812);
  expect(openSessionId(new URLSearchParams('session=abc'))).toBeNull();
  expect(bookingClientId(new URLSearchParams('book=9'))).toBe(9);
  expect(bookingClientId(new URLSearchParams(''))).toBeNull();
  expect(sessionHref({ id: 812, starts_at: '2030-01-07T03:00:00+00:00' }, 'America/New_York')).toBe('/calendar?view=day&date=2030-01-06&session=812');
  expect(bookForClientHref(9)).toBe('/calendar?book=9');
});
