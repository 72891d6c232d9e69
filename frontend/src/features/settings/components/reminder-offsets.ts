/** Reminder offsets are minutes before a session; the API takes up to 5, from 5 minutes to 14 days. */
export const MAX_REMINDERS = 5;
export const MIN_OFFSET = 5;
export const MAX_OFFSET = 14 * 24 * 60;

export type OffsetUnit = 'minutes' | 'hours' | 'days';
const UNIT_MINUTES: Record<OffsetUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** 1440 → "24 hours before", 60 → "1 hour before", 90 → "1 hour 30 minutes before", 2880 → "2 days before". */
export function formatOffset(minutes: number): string {
  if (minutes >= 2 * 1440 && minutes % 1440 === 0) return `${plural(minutes / 1440, 'day')} before`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${plural(rest, 'minute')} before`;
  return `${plural(hours, 'hour')}${rest ? ` ${plural(rest, 'minute')}` : ''} before`;
}

/** The offset to add, or why it cannot be added to `existing`. */
export function checkNewOffset(amount: string, unit: OffsetUnit, existing: number[]): { minutes: number } | { error: string } {
  if (!/^\d+$/.test(amount.trim())) return { error: 'Enter a whole number.' };
  const minutes = Number(amount) * UNIT_MINUTES[unit];
  if (minutes < MIN_OFFSET || minutes > MAX_OFFSET) return { error: 'Choose between 5 minutes and 14 days before.' };
  if (existing.includes(minutes)) return { error: `There is already a reminder ${formatOffset(minutes)}.` };
  if (existing.length >= MAX_REMINDERS) return { error: `At most ${MAX_REMINDERS} reminders.` };
  return { minutes };
}

/** Earliest first, as the API keeps them. */
export const sortOffsets = (offsets: number[]) => [...offsets].sort((a, b) => b - a);
