import { describe, expect, it } from 'vitest';
import type { ApiKey } from '@/features/developers/api-keys/api/get-api-keys';
import { expiryFrom, lastUsedSentence, madeSentence } from '@/features/developers/api-keys/components/key-words';

const key: ApiKey = {
  id: 1,
  name: 'Zapier',
  prefix: 'fcrm_ab12cd34',
  scopes: [{ scope: 'clients:read', label: 'Clients: read' }],
  status: 'active',
  created_at: '2026-12-02T14:05:00+00:00',
  created_by_name: 'Jane Doe',
  expires_at: null,
  revoked_at: null,
  last_used_at: null,
  last_used_ip: null,
};

describe('key sentences', () => {
  it('says who made a key and that it never expires', () => {
    expect(madeSentence(key, 'UTC')).toMatch(/^Made by Jane Doe on .*2026.* · never expires$/);
  });

  it('says when a key expired or was revoked', () => {
    expect(madeSentence({ ...key, status: 'expired', expires_at: '2026-12-03T00:00:00Z' }, 'UTC')).toMatch(/ · expired on /);
    expect(madeSentence({ ...key, status: 'revoked', revoked_at: '2026-12-03T00:00:00Z' }, 'UTC')).toMatch(/ · revoked on /);
  });

  it('says where a key was last used from, or that it never was', () => {
    expect(lastUsedSentence(key, 'UTC')).toBe('Never used');
    expect(lastUsedSentence({ ...key, last_used_at: '2026-12-02T15:00:00Z', last_used_ip: '203.0.113.9' }, 'UTC')).toMatch(/^Last used on .* from 203\.0\.113\.9$/);
  });

  it('turns an expiry choice into an instant, or none', () => {
    expect(expiryFrom('')).toBeNull();
    expect(expiryFrom('30', new Date('2026-12-02T00:00:00Z'))).toBe('2027-01-01T00:00:00.000Z');
  });
});
