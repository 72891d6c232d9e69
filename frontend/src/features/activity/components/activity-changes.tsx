import type { ActivityChange } from '@/features/activity/api/get-activity';
import { formatDate, formatDateTime, formatWallClock, humanize } from '@/lib/format';

function minutesText(value: number): string {
  const days = Math.floor(value / 1440);
  const hours = Math.floor((value % 1440) / 60);
  const minutes = value % 60;
  const parts = [days ? `${days} ${days === 1 ? 'day' : 'days'}` : '', hours ? `${hours} h` : '', minutes ? `${minutes} min` : ''];
  return parts.filter(Boolean).join(' ') || '0 min';
}

function plain(value: unknown): string {
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) => `${humanize(key)}: ${plain(item)}`)
      .join(', ');
  }
  return String(value);
}

/** One value of a change as people read it: instants in `timeZone`, codes humanised, nothing raw. */
export function formatChangeValue(kind: ActivityChange['kind'], value: unknown, timeZone: string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  switch (kind) {
    case 'instant':
      return formatDateTime(String(value), timeZone);
    case 'period':
      return Array.isArray(value) && value.length === 2 ? `${formatDateTime(String(value[0]), timeZone)} – ${formatDateTime(String(value[1]), timeZone)}` : plain(value);
    case 'date':
      return formatDate(String(value));
    case 'local':
      return formatWallClock(String(value));
    case 'flag':
      return value ? 'Yes' : 'No';
    case 'choice':
      return humanize(String(value));
    case 'minutes':
      return minutesText(Number(value));
    case 'minutes_before':
      return Array.isArray(value) ? value.map((minutes) => `${minutesText(Number(minutes))} before`).join(', ') : plain(value);
    default:
      return Array.isArray(value) ? value.map(plain).join(', ') : plain(value);
  }
}

/** An entry's changed fields, before → after, in the reader's zone. */
export function ActivityChanges({ changes, timeZone, limit = 6 }: { changes: ActivityChange[] | undefined; timeZone: string; limit?: number }) {
  if (!changes?.length || limit === 0) return null;
  return (
    <ul className="mt-1 flex flex-col gap-0.5 text-xs text-muted">
      {changes.slice(0, limit).map((change) => (
        <li key={change.field} className="break-words">
          <span className="font-medium text-foreground">{change.label}</span>: {formatChangeValue(change.kind, change.before, timeZone)} → {formatChangeValue(change.kind, change.after, timeZone)}
        </li>
      ))}
      {changes.length > limit ? <li>and {changes.length - limit} more</li> : null}
    </ul>
  );
}
