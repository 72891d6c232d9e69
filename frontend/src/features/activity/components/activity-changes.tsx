import { humanize } from '@/lib/format';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An entry's changed fields, before → after. */
export function ActivityChanges({ changes }: { changes: Record<string, { before: unknown; after: unknown }> | undefined }) {
  const fields = Object.entries(changes ?? {}).filter(([, change]) => change && typeof change === 'object' && ('before' in change || 'after' in change));
  if (fields.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-col gap-0.5 text-xs text-muted">
      {fields.slice(0, 6).map(([field, change]) => (
        <li key={field} className="break-words">
          <span className="font-medium text-foreground">{humanize(field)}</span>: {show(change.before)} → {show(change.after)}
        </li>
      ))}
      {fields.length > 6 ? <li>and {fields.length - 6} more</li> : null}
    </ul>
  );
}
