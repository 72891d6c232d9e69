import { describe, expect, test } from 'vitest';
import { offsetMinutes, toOffsetIso, zonedDay, zonedInputToIso } from '@/features/scheduling/components/availability/zoned-time';

describe('zonedInputToIso', () => {
  test.each([
    ['2030-03-04T07:00', 'America/New_York', '2030-03-04T07:00:00-05:00'],
    ['2030-07-04T07:00', 'America/New_York', '2030-07-04T07:00:00-04:00'],
    ['2030-07-04T23:45', 'Asia/Kolkata', '2030-07-04T23:45:00+05:30'],
    ['2030-01-01T00:00', 'UTC', '2030-01-01T00:00:00+00:00'],
    ['2030-12-31T23:59', 'Pacific/Auckland', '2030-12-31T23:59:00+13:00'],
    ['2030-03-04T07:00:30', 'Europe/Berlin', '2030-03-04T07:00:30+01:00'],
  ])('%s in %s is %s', (value, zone, expected) => {
    expect(zonedInputToIso(value, zone)).toBe(expected);
  });

  test('is read in the chosen zone, not the browser’s', () => {
    const iso = zonedInputToIso('2030-03-04T07:00', 'Asia/Tokyo');
    expect(new Date(iso!).toISOString()).toBe('2030-03-03T22:00:00.000Z');
  });

  test('a time skipped by the spring-forward change moves forward', () => {
    expect(zonedInputToIso('2030-03-10T02:30', 'America/New_York')).toBe('2030-03-10T03:30:00-04:00');
  });

  test('a time repeated by the fall-back change takes the earlier one', () => {
    expect(zonedInputToIso('2030-11-03T01:30', 'America/New_York')).toBe('2030-11-03T01:30:00-04:00');
  });

  test.each(['', '2030-03-04', '2030-02-30T10:00', '2030-03-04T25:00', 'tomorrow'])('%j is not a date and time', (value) => {
    expect(zonedInputToIso(value, 'UTC')).toBeNull();
  });
});

test('offsetMinutes follows daylight saving time', () => {
  expect(offsetMinutes(new Date('2030-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
  expect(offsetMinutes(new Date('2030-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
  expect(offsetMinutes(new Date('2030-07-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
});

test('toOffsetIso writes negative half-hour offsets', () => {
  expect(toOffsetIso(new Date('2030-01-15T12:00:00Z'), 'America/St_Johns')).toBe('2030-01-15T08:30:00-03:30');
});

test('zonedDay is the day in that zone', () => {
  expect(zonedDay('2030-03-05T03:00:00+00:00', 'America/New_York')).toBe('2030-03-04');
  expect(zonedDay('2030-03-05T03:00:00+00:00', 'Europe/Berlin')).toBe('2030-03-05');
});
