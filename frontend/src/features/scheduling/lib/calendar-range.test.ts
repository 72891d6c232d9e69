import { expect, test } from 'vitest';
import { rangeQuery, rangeTitle, visibleRange } from '@/features/scheduling/lib/calendar-range';

const zone = 'America/New_York';

test('a week runs Monday to Monday in the user’s zone, with its offset', () => {
  const range = visibleRange('week', '2026-11-26', zone);
  expect(rangeQuery(range, null)).toEqual({ from: '2026-11-23T00:00:00-05:00', to: '2026-11-30T00:00:00-05:00' });
});

test('a day across the autumn clock change is 25 hours and keeps both offsets', () => {
  const range = visibleRange('day', '2026-11-01', zone);
  expect(rangeQuery(range, 3)).toEqual({ from: '2026-11-01T00:00:00-04:00', to: '2026-11-02T00:00:00-05:00', trainer_id: 3 });
  expect(range.end.diff(range.start, 'hours').hours).toBe(25);
});

test('a month view covers the six weeks FullCalendar draws', () => {
  const range = visibleRange('month', '2027-02-14', zone);
  expect(rangeQuery(range, null)).toEqual({ from: '2027-02-01T00:00:00-05:00', to: '2027-03-15T00:00:00-04:00' });
  const march = visibleRange('month', '2026-03-10', 'Europe/Berlin');
  expect(march.start.toISODate()).toBe('2026-02-23');
  expect(march.end.toISODate()).toBe('2026-04-06');
});

test('the list view pages by week like the week view', () => {
  expect(visibleRange('list', '2026-11-29', zone).start.toISODate()).toBe('2026-11-23');
});

test('titles read naturally for each view', () => {
  expect(rangeTitle('day', visibleRange('day', '2026-11-23', zone))).toBe('Monday, Nov 23, 2026');
  expect(rangeTitle('week', visibleRange('week', '2026-11-23', zone))).toBe('Nov 23 – 29, 2026');
  expect(rangeTitle('week', visibleRange('week', '2026-11-30', zone))).toBe('Nov 30 – Dec 6, 2026');
  expect(rangeTitle('week', visibleRange('week', '2026-12-31', zone))).toBe('Dec 28, 2026 – Jan 3, 2027');
  expect(rangeTitle('month', visibleRange('month', '2027-02-14', zone))).toBe('February 2027');
});

test('a phone’s week is three days from the chosen date, titled like a week', () => {
  const range = visibleRange('week', '2026-11-26', zone, { phone: true });
  expect(rangeQuery(range, null)).toEqual({ from: '2026-11-26T00:00:00-05:00', to: '2026-11-29T00:00:00-05:00' });
  expect(rangeTitle('week', range)).toBe('Nov 26 – 28, 2026');
});
