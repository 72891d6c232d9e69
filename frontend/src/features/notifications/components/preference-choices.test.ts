import { describe, expect, it } from 'vitest';
import type { NotificationPreference } from '@/features/notifications/api/get-notification-preferences';
import { changedPreferences, preferencesSaved } from '@/features/notifications/components/preference-choices';

const row = (topic: string, email: boolean, sms: boolean, push: boolean) =>
  ({ topic, label: topic, email, sms, push, sms_available: true }) as NotificationPreference;

describe('changedPreferences', () => {
  const saved = [row('reminders', true, false, true), row('messages', true, false, true)];

  it('sends only the channels that changed, and only for topics that changed', () => {
    const chosen = { reminders: { email: true, sms: true, push: true }, messages: { email: true, sms: false, push: true } };
    expect(changedPreferences(saved, chosen, ['email', 'sms', 'push'])).toEqual([{ topic: 'reminders', sms: true }]);
  });

  it('ignores channels that are not shown (no push on this browser)', () => {
    const chosen = { reminders: { push: false }, messages: { email: false } };
    expect(changedPreferences(saved, chosen, ['email', 'sms'])).toEqual([{ topic: 'messages', email: false }]);
  });
});

describe('preferencesSaved', () => {
  it('names what is off per channel', () => {
    const now = [row('reminders', true, true, true), row('messages', false, false, true)];
    expect(preferencesSaved(now, ['email', 'sms', 'push'])).toBe('Saved. Turned off: 1 of 2 by email, 1 of 2 by text.');
    expect(preferencesSaved([row('reminders', true, true, true)], ['email', 'sms'])).toBe('Saved: you receive everything, every way shown.');
  });
});
