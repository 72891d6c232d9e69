import { describe, expect, it } from 'vitest';
import { formatBytes } from '@/features/settings/components/storage-usage';

describe('formatBytes', () => {
  it('reads sizes in decimal units with at most one decimal, as the server words them', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(48_000)).toBe('48 KB');
    expect(formatBytes(31_240_000)).toBe('31.2 MB');
    expect(formatBytes(1_234_567_890)).toBe('1.2 GB');
    expect(formatBytes(5_000_000_000)).toBe('5 GB');
  });
});
