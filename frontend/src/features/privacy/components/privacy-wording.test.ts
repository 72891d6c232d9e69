import { describe, expect, it } from 'vitest';
import { sameName } from '@/features/privacy/components/client-privacy-actions';
import { retentionSentence } from '@/features/privacy/components/retention-settings';

describe('sameName', () => {
  it('accepts the full name whatever its case and spacing, as the server does', () => {
    expect(sameName('  casey   HOLLOWAY ', 'Casey Holloway')).toBe(true);
  });

  it('refuses a part of the name, another name, or nothing', () => {
    expect(sameName('Casey', 'Casey Holloway')).toBe(false);
    expect(sameName('Casey Holloway-Smith', 'Casey Holloway')).toBe(false);
    expect(sameName('   ', 'Casey Holloway')).toBe(false);
  });
});

describe('retentionSentence', () => {
  it('says archived clients are kept when retention is off', () => {
    expect(retentionSentence(null)).toBe('Archived clients are kept until someone erases them.');
  });

  it('counts whole years in years and the rest in months', () => {
    expect(retentionSentence(12)).toMatch(/^Archived clients are erased 1 year after/);
    expect(retentionSentence(36)).toMatch(/erased 3 years after/);
    expect(retentionSentence(1)).toMatch(/erased 1 month after/);
    expect(retentionSentence(18)).toMatch(/erased 18 months after/);
  });
});
