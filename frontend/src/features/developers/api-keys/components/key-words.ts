import type { ApiKey } from '@/features/developers/api-keys/api/get-api-keys';
import { formatDateTime } from '@/lib/format';

export const EXPIRY_CHOICES = [
  { value: '', label: 'Never' },
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In a year' },
] as const;

/** The instant `days` from `now`, for the API; null for a key that never expires. */
export function expiryFrom(days: string, now: Date = new Date()): string | null {
  if (!days) return null;
  return new Date(now.getTime() + Number(days) * 24 * 60 * 60 * 1000).toISOString();
}

export const STATUS_LABELS: Record<string, { label: string; tone: 'success' | 'warning' | 'neutral' }> = {
  active: { label: 'Active', tone: 'success' },
  expired: { label: 'Expired', tone: 'warning' },
  revoked: { label: 'Revoked', tone: 'neutral' },
};

/** Who made the key and when, and when it stops: "Made by Jane Doe on 2 Dec 2026, 14:05 · never expires". */
export function madeSentence(key: ApiKey, timeZone: string): string {
  const made = `Made by ${key.created_by_name ?? 'someone who has left'} on ${formatDateTime(key.created_at, timeZone)}`;
  if (key.revoked_at) return `${made} · revoked on ${formatDateTime(key.revoked_at, timeZone)}`;
  if (!key.expires_at) return `${made} · never expires`;
  return `${made} · ${key.status === 'expired' ? 'expired' : 'expires'} on ${formatDateTime(key.expires_at, timeZone)}`;
}

/** "Last used on 2 Dec 2026, 14:05 from 203.0.113.9", or "Never used". */
export function lastUsedSentence(key: ApiKey, timeZone: string): string {
  if (!key.last_used_at) return 'Never used';
  return `Last used on ${formatDateTime(key.last_used_at, timeZone)}${key.last_used_ip ? ` from ${key.last_used_ip}` : ''}`;
}
