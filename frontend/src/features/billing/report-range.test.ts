import { describe, expect, test } from 'vitest';
import { periodLabel, presetRange, readRange } from '@/features/billing/report-range';

describe('report range', () => {
  test('presets end today and pick a grouping', () => {
    expect(presetRange('this-month', '2026-12-02')).toEqual({ from: '2026-12-01', to: '2026-12-02', group: 'day' });
    expect(presetRange('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31', group: 'day' });
    expect(presetRange('last-3-months', '2026-02-10')).toEqual({ from: '2025-12-01', to: '2026-02-10', group: 'week' });
    expect(presetRange('this-year', '2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-02', group: 'month' });
    expect(presetRange('last-12-months', '2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-02', group: 'month' });
  });

  test('the URL range is read, turned round when backwards, and defaults to the last 12 months', () => {
    expect(readRange(new URLSearchParams(''), '2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-02', group: 'month' });
    expect(readRange(new URLSearchParams('from=2026-06-30&to=2026-06-01&group=week'), '2026-12-02')).toEqual({ from: '2026-06-01', to: '2026-06-30', group: 'week' });
    expect(readRange(new URLSearchParams('from=junk&to=2026-06-01&group=day'), '2026-12-02').group).toBe('day');
  });

  test('periods are labelled for people', () => {
    expect(periodLabel('2026-11', 'month', 'en-GB')).toBe('Nov 2026');
    expect(periodLabel('2026-11-01', 'month', 'en-GB')).toBe('Nov 2026');
    expect(periodLabel('2026-11-30', 'day', 'en-GB')).toBe('30 Nov');
    expect(periodLabel('whatever', 'day', 'en-GB')).toBe('whatever');
  });
});
