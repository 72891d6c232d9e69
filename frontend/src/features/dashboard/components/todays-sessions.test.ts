import { expect, test } from 'vitest';
import { todayRange } from '@/features/dashboard/components/todays-sessions';

test('today runs from local midnight to the next local midnight', () => {
  expect(todayRange(new Date('2026-11-23T15:00:00Z'), 'America/New_York')).toEqual({
    day: '2026-11-23',
    from: '2026-11-23T00:00:00-05:00',
    to: '2026-11-24T00:00:00-05:00',
  });
});

test('late evening in New York is already tomorrow in Tokyo', () => {
  expect(todayRange(new Date('2026-11-24T03:30:00Z'), 'Asia/Tokyo').day).toBe('2026-11-24');
  expect(todayRange(new Date('2026-11-24T03:30:00Z'), 'America/New_York').day).toBe('2026-11-23');
});

test('the day the clocks spring forward is 23 hours long', () => {
  const { from, to } = todayRange(new Date('2027-03-14T16:00:00Z'), 'America/New_York');
  expect([from, to]).toEqual(['2027-03-14T00:00:00-05:00', '2027-03-15T00:00:00-04:00']);
  expect(Date.parse(to) - Date.parse(from)).toBe(23 * 3_600_000);
});

test('month and year ends roll over', () => {
  expect(todayRange(new Date('2026-12-31T20:00:00Z'), 'Europe/London').to).toBe('2027-01-01T00:00:00+00:00');
});
