import { describe, expect, test } from 'vitest';
import { nextInterval, sameWeek, toDrafts, toIntervals, validateWeek, type DraftInterval } from '@/features/scheduling/components/availability/working-hours';

const row = (key: string, weekday: number, start: string, end: string): DraftInterval => ({ key, weekday, start, end });

describe('validateWeek', () => {
  test('a normal week has no errors', () => {
    expect(validateWeek([row('a', 0, '06:00', '12:00'), row('b', 0, '13:00', '21:00'), row('c', 5, '07:00', '13:00')])).toEqual({});
  });

  test('the end must be after the start', () => {
    expect(validateWeek([row('a', 0, '10:00', '09:00'), row('b', 1, '10:00', '10:00')])).toEqual({
      a: 'The end must be after the start.',
      b: 'The end must be after the start.',
    });
  });

  test('both times are needed', () => {
    expect(validateWeek([row('a', 2, '', '09:00')])).toEqual({ a: 'Enter a start and an end time.' });
  });

  test('intervals of one day must not overlap, whatever order they were entered in', () => {
    expect(validateWeek([row('late', 3, '11:00', '14:00'), row('early', 3, '09:00', '12:00')])).toEqual({ late: 'Overlaps 09:00–12:00 on Thursday.' });
  });

  test('an interval inside another overlaps it', () => {
    expect(validateWeek([row('a', 0, '08:00', '18:00'), row('b', 0, '10:00', '11:00')])).toEqual({ b: 'Overlaps 08:00–18:00 on Monday.' });
  });

  test('touching intervals and the same hours on different days are fine', () => {
    expect(validateWeek([row('a', 0, '09:00', '12:00'), row('b', 0, '12:00', '15:00'), row('c', 1, '09:00', '12:00')])).toEqual({});
  });
});

test('API intervals round-trip through the editor’s rows, sorted by day and time', () => {
  const intervals = [
    { weekday: 5, starts_at: '07:00:00', ends_at: '13:00:00' },
    { weekday: 0, starts_at: '13:00:00', ends_at: '21:00:00' },
    { weekday: 0, starts_at: '06:00:00', ends_at: '12:00:00' },
  ];
  const drafts = toDrafts(intervals);
  expect(drafts.map((draft) => [draft.weekday, draft.start, draft.end])).toEqual([
    [0, '06:00', '12:00'],
    [0, '13:00', '21:00'],
    [5, '07:00', '13:00'],
  ]);
  expect(toIntervals(drafts)).toEqual([intervals[2], intervals[1], intervals[0]]);
});

test('sameWeek ignores order and keys', () => {
  expect(sameWeek([row('a', 0, '09:00', '12:00'), row('b', 1, '09:00', '12:00')], [row('x', 1, '09:00', '12:00'), row('y', 0, '09:00', '12:00')])).toBe(true);
  expect(sameWeek([row('a', 0, '09:00', '12:00')], [row('a', 0, '09:00', '12:30')])).toBe(false);
});

test('nextInterval proposes a working day, then the hour after the last row', () => {
  expect(nextInterval(undefined)).toEqual({ start: '09:00', end: '17:00' });
  expect(nextInterval(row('a', 0, '06:00', '12:30'))).toEqual({ start: '12:30', end: '13:30' });
  expect(nextInterval(row('a', 0, '20:00', '23:15'))).toEqual({ start: '', end: '' });
});
