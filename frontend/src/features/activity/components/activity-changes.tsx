import { humanize } from '@/lib/format';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An entry's changed fields, before → after. */
export function ActivityChanges({ changes, limit = 6 }: { changes: Record<string, { before: unknown; after: unknown }> | undefined; limit?: number }) {
  const fields = Object.entries(changes ?? {}).filter(([, change]) => change && typeof change === 'object' && ('before' in change || 'after' in change));
  if (fields.length === 0 || limit === 0) return null;
  return (
    <ul className="mt-1 flex flex-col gap-0.5 text-xs text-muted">
      {fields.slice(0, limit).map(([field, change]) => (
        <li key={field} className="break-words">
          <span className="font-medium text-foreground">{humanize(field)}</span>: {show(change.before)} → {show(change.after)}
        </li>
      ))}
      {fields.length > limit ? <li>and {fields.length - limit} more</li> : null}
    </ul>
  );
}
