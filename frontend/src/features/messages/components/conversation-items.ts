import type { Message } from '@/features/messages/api/get-messages';
import type { ThreadMember } from '@/features/messages/api/get-threads';
import { dayIn } from '@/lib/format';

export type ConversationItem = { kind: 'day'; key: string; label: string } | { kind: 'message'; key: string; message: Message };

/** "Today", "Yesterday", or the weekday and date (with the year when it is not this year's). */
export function dayLabel(day: string, today: string): string {
  if (day === today) return 'Today';
  const yesterday = new Date(`${today}T12:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  if (day === yesterday.toISOString().slice(0, 10)) return 'Yesterday';
  const date = new Date(`${day}T12:00:00Z`);
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: sameYear ? undefined : 'numeric', timeZone: 'UTC' });
}

/** The messages (oldest first) with a separator before the first message of each day in the reader's zone. */
export function conversationItems(messages: Message[], timeZone: string, now: Date = new Date()): ConversationItem[] {
  const today = dayIn(now.toISOString(), timeZone);
  const items: ConversationItem[] = [];
  let current = '';
  for (const message of messages) {
    const day = dayIn(message.created_at, timeZone);
    if (day !== current) {
      items.push({ kind: 'day', key: `day-${day}`, label: dayLabel(day, today) });
      current = day;
    }
    items.push({ kind: 'message', key: `message-${message.id}`, message });
  }
  return items;
}

/**
 * Who has read the reader's last own message: its id and the other members whose read position
 * reached it, or null when nobody has yet (or the reader has not written).
 */
export function seenReceipt(messages: Message[], members: ThreadMember[], userId: number): { messageId: number; label: string } | null {
  const own = [...messages].reverse().find((message) => message.mine && !message.deleted_at);
  if (!own) return null;
  const others = members.filter((member) => member.user_id !== userId);
  const seen = others.filter((member) => (member.last_read_message_id ?? 0) >= own.id);
  if (!seen.length) return null;
  return { messageId: own.id, label: seen.length === others.length ? 'Seen' : `Seen by ${listNames(seen.map((member) => member.name))}` };
}

/** "Sam", "Sam and Alex", "Sam, Alex and Jo". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A message's time of day, or its date and time when it is not from today, in the reader's zone. */
export function shortTime(value: string, timeZone: string, now: Date = new Date()): string {
  const date = new Date(value);
  if (dayIn(value, timeZone) === dayIn(now.toISOString(), timeZone)) return date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit', timeZone });
  const age = now.getTime() - date.getTime();
  if (age < 6 * 86_400_000) return date.toLocaleDateString(undefined, { weekday: 'short', timeZone });
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone });
}

/** The time of day in the reader's zone (the day is on the separator above). */
export function timeOfDay(value: string, timeZone: string): string {
  return new Date(value).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit', timeZone });
}

/** "1.2 MB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
