import { expect, test } from 'vitest';
import { parseCalendarSearch, stepDate, toCalendarSearch } from '@/features/scheduling/lib/calendar-search';

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
