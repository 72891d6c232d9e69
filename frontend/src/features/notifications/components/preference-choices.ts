import type { NotificationPreference } from '@/features/notifications/api/get-notification-preferences';

export type Channel = 'email' | 'sms' | 'push';
export type Choices = Record<string, Partial<Record<Channel, boolean>>>;
export type PreferenceChange = { topic: NotificationPreference['topic'] } & Partial<Record<Channel, boolean>>;

/** Per topic, only the channels shown whose box differs from what is saved; topics with no change are left out. */
export function changedPreferences(saved: NotificationPreference[], chosen: Choices, channels: Channel[]): PreferenceChange[] {
  const changes: PreferenceChange[] = [];
  for (const row of saved) {
    const change: PreferenceChange = { topic: row.topic };
    for (const channel of channels) {
      const wanted = chosen[row.topic]?.[channel];
      if (wanted !== undefined && wanted !== row[channel]) change[channel] = wanted;
    }
    if (Object.keys(change).length > 1) changes.push(change);
  }
  return changes;
}

const NAMES: Record<Channel, string> = { email: 'email', sms: 'text', push: 'push' };

/** The toast after saving: what is now off, by channel, or that everything shown is on. */
export function preferencesSaved(now: NotificationPreference[], channels: Channel[]): string {
  const off = channels
    .map((channel) => ({ channel, count: now.filter((row) => !row[channel]).length }))
    .filter(({ count }) => count > 0)
    .map(({ channel, count }) => `${count} of ${now.length} by ${NAMES[channel]}`);
  return off.length ? `Saved. Turned off: ${off.join(', ')}.` : 'Saved: you receive everything, every way shown.';
}
