import { describe, expect, it } from 'vitest';
import { formatDay, formatMeasurement, rangeQuery } from '@/features/progress/components/measurements/measurement-format';

describe('measurement format', () => {
  it('writes values with their unit as people do', () => {
    expect(formatMeasurement(82.4, 'kg')).toBe('82.4 kg');
    expect(formatMeasurement(18.2, '%')).toBe('18.2%');
    expect(formatMeasurement(12, '')).toBe('12');
    expect(formatMeasurement(null, 'kg')).toBe('—');
  });

  it('names days without the year in the current one', () => {
    expect(formatDay('2026-05-03', '2026-12-02')).toBe('3 May');
    expect(formatDay('2025-05-03', '2026-12-02')).toBe('3 May 2025');
  });

  it('turns a range choice into the dates to ask for', () => {
    expect(rangeQuery({ key: '30d' }, '2026-03-31')).toEqual({ from: '2026-03-02' });
    expect(rangeQuery({ key: 'all' }, '2026-03-31')).toEqual({});
    expect(rangeQuery({ key: 'custom', from: '2026-01-01', to: '2026-02-01' }, '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-02-01' });
  });
});
