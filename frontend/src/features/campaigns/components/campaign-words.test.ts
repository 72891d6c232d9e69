import { describe, expect, it } from 'vitest';
import { share, wallClockToInstant } from '@/features/campaigns/components/campaign-words';

describe('wallClockToInstant', () => {
  it('reads the time as wall-clock time in the given zone', () => {
    expect(wallClockToInstant('2030-01-15T09:30', 'Europe/London')).toBe('2030-01-15T09:30:00.000Z');
    expect(wallClockToInstant('2030-07-15T09:30', 'Europe/London')).toBe('2030-07-15T08:30:00.000Z');
    expect(wallClockToInstant('2030-07-15T09:30', 'America/New_York')).toBe('2030-07-15T13:30:00.000Z');
    expect(wallClockToInstant('2030-07-15T09:30', 'Asia/Kolkata')).toBe('2030-07-15T04:00:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(wallClockToInstant('', 'UTC')).toBeNull();
    expect(wallClockToInstant('tomorrow', 'UTC')).toBeNull();
  });
});

describe('share', () => {
  it('gives the part, the whole and the percentage', () => {
    expect(share(3, 40)).toBe('3 of 40 (8%)');
    expect(share(0, 0)).toBe('0');
  });
});
