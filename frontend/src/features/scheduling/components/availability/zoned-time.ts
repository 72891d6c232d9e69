/**
 * Wall-clock time in an IANA zone, with nothing but Intl: the browser's own zone may differ from
 * the one a person chose in Settings, so `new Date('2030-03-04T07:00')` would be wrong.
 */
type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, timeZone: string): WallClock {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute, second: +parts.second };
}

const wallAsUtc = (wall: WallClock) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/** Minutes the zone is ahead of UTC at that instant (New York in winter: -300). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallAsUtc(wallClock(instant, timeZone)) - wholeSeconds) / 60_000);
}

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** The instant as ISO 8601 in the zone's wall-clock time with its offset: 2030-03-04T07:00:00-05:00. */
export function toOffsetIso(instant: Date, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/**
 * A datetime-local value (2030-03-04T07:00) read as wall-clock time in `timeZone`, as ISO with
 * its offset; null when the value is not a date and time. A time skipped by a clock change
 * moves forward (02:30 on the spring-forward night is 03:30), a repeated one takes the earlier.
 */
export function zonedInputToIso(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  const firstGuess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  const offset = offsetMinutes(new Date(firstGuess), timeZone);
  let instant = wall - offset * 60_000;
  const settled = offsetMinutes(new Date(instant), timeZone);
  if (settled !== offset) instant = wall - settled * 60_000;
  return toOffsetIso(new Date(instant), timeZone);
}

/** The zone's calendar day of an instant (2030-03-04), for grouping by day. */
export function zonedDay(iso: string, timeZone: string): string {
  const wall = wallClock(new Date(iso), timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** Formats an instant for people, in the given zone and the browser's language. */
export function formatInZone(iso: string, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(undefined, { ...options, timeZone }).format(new Date(iso));
}

/** "America/New_York" as people read it: "America/New York". */
export const zoneName = (timeZone: string) => timeZone.replace(/_/g, ' ');
