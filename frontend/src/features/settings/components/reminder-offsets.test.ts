import { describe, expect, test } from 'vitest';
import { checkNewOffset, formatOffset, sortOffsets } from '@/features/settings/components/reminder-offsets';

describe('formatOffset', () => {
  test.each([
    [1440, '24 hours before'],
    [60, '1 hour before'],
    [120, '2 hours before'],
    [90, '1 hour 30 minutes before'],
    [61, '1 hour 1 minute before'],
    [30, '30 minutes before'],
    [1, '1 minute before'],
    [2880, '2 days before'],
    [20160, '14 days before'],
    [2940, '49 hours before'],
  ])('%i minutes is "%s"', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });
});

describe('checkNewOffset', () => {
  test('converts hours and days to minutes', () => {
    expect(checkNewOffset('2', 'hours', [])).toEqual({ minutes: 120 });
    expect(checkNewOffset('3', 'days', [60])).toEqual({ minutes: 4320 });
    expect(checkNewOffset(' 45 ', 'minutes', [])).toEqual({ minutes: 45 });
  });

  test.each([
    ['', 'minutes', 'Enter a whole number.'],
    ['1.5', 'hours', 'Enter a whole number.'],
    ['-1', 'hours', 'Enter a whole number.'],
    ['4', 'minutes', 'Choose between 5 minutes and 14 days before.'],
    ['15', 'days', 'Choose between 5 minutes and 14 days before.'],
  ] as const)('%j %s is refused', (amount, unit, error) => {
    expect(checkNewOffset(amount, unit, [])).toEqual({ error });
  });

  test('refuses a duplicate, even written in other units', () => {
    expect(checkNewOffset('24', 'hours', [1440])).toEqual({ error: 'There is already a reminder 24 hours before.' });
    expect(checkNewOffset('1', 'days', [1440])).toEqual({ error: 'There is already a reminder 24 hours before.' });
  });

  test('refuses a sixth reminder', () => {
    expect(checkNewOffset('10', 'minutes', [2880, 1440, 120, 60, 30])).toEqual({ error: 'At most 5 reminders.' });
  });
});

test('sortOffsets puts the earliest reminder first', () => {
  expect(sortOffsets([60, 1440, 30])).toEqual([1440, 60, 30]);
});
