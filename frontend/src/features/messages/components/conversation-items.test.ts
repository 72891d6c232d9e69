import { describe, expect, test } from 'vitest';
import type { Message } from '@/features/messages/api/get-messages';
import type { ThreadMember } from '@/features/messages/api/get-threads';
import { conversationItems, dayLabel, listNames, seenReceipt } from '@/features/messages/components/conversation-items';

const message = (id: number, created_at: string, mine = false, extra: Partial<Message> = {}): Message => ({
  id,
  thread_id: 1,
  author: { user_id: mine ? 1 : 2, name: mine ? 'Sam Coach' : 'Jo Client' },
  body: `message ${id}`,
  via: 'app',
  attachment: null,
  created_at,
  edited_at: null,
  deleted_at: null,
  mine,
  ...extra,
});

const member = (user_id: number, name: string, last_read_message_id: number | null): ThreadMember => ({ user_id, name, role: 'client', last_read_message_id });

describe('day separators', () => {
  test('a separator before the first message of each day in the reader zone, not the UTC day', () => {
    const now = new Date('2026-12-02T15:00:00Z');
    // 23:30 UTC on 30 Nov is already 1 Dec in Berlin; 22:00 UTC on 1 Dec is 23:00 there, still 1 Dec.
    const items = conversationItems([message(1, '2026-11-30T23:30:00Z'), message(2, '2026-12-01T22:00:00Z'), message(3, '2026-12-02T08:00:00Z')], 'Europe/Berlin', now);
    expect(items.map((item) => (item.kind === 'day' ? item.label : item.message.id))).toEqual(['Yesterday', 1, 2, 'Today', 3]);
  });

  test('in New York the same instants fall on three days', () => {
    const now = new Date('2026-12-02T15:00:00Z');
    const items = conversationItems([message(1, '2026-11-30T23:30:00Z'), message(2, '2026-12-01T22:00:00Z'), message(3, '2026-12-02T08:00:00Z')], 'America/New_York', now);
    expect(items.filter((item) => item.kind === 'day')).toHaveLength(3);
    expect(items[0]).toMatchObject({ kind: 'day', label: expect.stringMatching(/Monday/) });
  });

  test('older days carry their weekday, and the year only when it is not this year', () => {
    expect(dayLabel('2026-11-20', '2026-12-02')).toMatch(/Friday/);
    expect(dayLabel('2026-11-20', '2026-12-02')).not.toMatch(/2026/);
    expect(dayLabel('2025-11-20', '2026-12-02')).toMatch(/2025/);
  });
});

describe('seen receipt', () => {
  const messages = [message(10, '2026-12-02T08:00:00Z', true), message(11, '2026-12-02T08:01:00Z', false), message(12, '2026-12-02T08:02:00Z', true)];

  test('nobody has read my last message yet: no receipt', () => {
    expect(seenReceipt(messages, [member(1, 'Sam Coach', 12), member(2, 'Jo Client', 11)], 1)).toBeNull();
  });

  test('the other member read up to my last message: "Seen" under it', () => {
    expect(seenReceipt(messages, [member(1, 'Sam Coach', 12), member(2, 'Jo Client', 12)], 1)).toEqual({ messageId: 12, label: 'Seen' });
  });

  test('my own read position never counts as seen', () => {
    expect(seenReceipt(messages, [member(1, 'Sam Coach', 12), member(2, 'Jo Client', null)], 1)).toBeNull();
  });

  test('in a group, the names of those who read it until everyone has', () => {
    const members = [member(1, 'Sam Coach', 12), member(2, 'Jo Client', 13), member(3, 'Alex Lee', 9), member(4, 'Kim Park', 12)];
    expect(seenReceipt(messages, members, 1)).toEqual({ messageId: 12, label: 'Seen by Jo Client and Kim Park' });
  });

  test('a deleted last message passes the receipt to the one before it', () => {
    const withDeleted = [...messages.slice(0, 2), message(12, '2026-12-02T08:02:00Z', true, { body: null, deleted_at: '2026-12-02T08:03:00Z' })];
    expect(seenReceipt(withDeleted, [member(1, 'Sam Coach', 12), member(2, 'Jo Client', 11)], 1)).toEqual({ messageId: 10, label: 'Seen' });
  });

  test('names read as a sentence', () => {
    expect(listNames(['Sam'])).toBe('Sam');
    expect(listNames(['Sam', 'Alex', 'Jo'])).toBe('Sam, Alex and Jo');
  });
});
