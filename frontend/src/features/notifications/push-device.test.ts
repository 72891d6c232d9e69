import { describe, expect, it } from 'vitest';
import { keyBytes, madeWithKey } from '@/features/notifications/push-device';

// A VAPID public key as the server sends it: base64url, no padding, 65 bytes starting with 0x04.
const KEY = 'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4';

describe('keyBytes', () => {
  it('decodes a base64url key without padding into the uncompressed point', () => {
    const bytes = keyBytes(KEY);
    expect(bytes.length).toBe(65);
    expect(bytes[0]).toBe(4);
  });
});

describe('madeWithKey', () => {
  const subscriptionWith = (key: ArrayBuffer | null) => ({ options: { applicationServerKey: key } }) as unknown as PushSubscription;

  it('recognises a subscription made with the same key', () => {
    expect(madeWithKey(subscriptionWith(keyBytes(KEY).buffer), KEY)).toBe(true);
  });

  it('refuses one made with another key, or with none', () => {
    const other = keyBytes(KEY);
    other[10] ^= 1;
    expect(madeWithKey(subscriptionWith(other.buffer), KEY)).toBe(false);
    expect(madeWithKey(subscriptionWith(null), KEY)).toBe(false);
  });
});
