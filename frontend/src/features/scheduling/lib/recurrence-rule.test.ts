import { expect, test } from 'vitest';
import { buildRrule, describeRepeat, weekdayCode } from '@/features/scheduling/lib/recurrence-rule';

test('a one-off session has no rule', () => {
  expect(buildRrule({ type: 'none' })).toBeNull();
});

test('weekly on chosen days, never ending, in Monday-first order', () => {
  expect(buildRrule({ type: 'weekly', weekdays: ['TH', 'MO'], interval: 1, end: { type: 'never' } })).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
});

test('every N weeks ending after a number of times', () => {
  expect(buildRrule({ type: 'weekly', weekdays: ['TU'], interval: 2, end: { type: 'count', count: 12 } })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=12');
});

test('ending on a date uses the inclusive date form of UNTIL', () => {
  expect(buildRrule({ type: 'weekly', weekdays: ['MO', 'WE', 'FR'], interval: 1, end: { type: 'until', date: '2030-12-31' } })).toBe(
    'FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20301231',
  );
});

test('refuses rules the API would refuse', () => {
  expect(() => buildRrule({ type: 'weekly', weekdays: [], interval: 1, end: { type: 'never' } })).toThrow(/weekday/);
  expect(() => buildRrule({ type: 'weekly', weekdays: ['MO'], interval: 0, end: { type: 'never' } })).toThrow(/interval/);
  expect(() => buildRrule({ type: 'weekly', weekdays: ['MO'], interval: 1, end: { type: 'count', count: 0 } })).toThrow(/at least 1/);
});

test('ISO weekdays map to RFC 5545 codes', () => {
  expect([1, 2, 3, 4, 5, 6, 7].map(weekdayCode)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
});

test('describes the repeat for the form', () => {
  expect(describeRepeat({ type: 'weekly', weekdays: ['TH', 'MO'], interval: 2, end: { type: 'count', count: 10 } })).toBe('Every 2 weeks on Mon, Thu, 10 times');
});
