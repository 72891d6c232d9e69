import type { SyncStatus } from '@/features/training/components/workouts/use-sync-status';
import { cn } from '@/lib/cn';

/** "3 sets waiting to sync" (or all saved), where the client sees it while logging. */
export function SyncStatusLine({ status, onRetry }: { status: SyncStatus; onRetry: () => void }) {
  const { waiting, refused, refusedReason, syncing, online } = status;
  let text = 'All sets saved.';
  if (waiting > 0) {
    const sets = `${waiting} ${waiting === 1 ? 'set' : 'sets'}`;
    text = online ? (syncing ? `Saving ${sets}…` : `${sets} waiting to sync.`) : `Offline: ${sets} waiting to sync.`;
  } else if (!online) {
    text = 'Offline: what you log is kept on this phone.';
  }
  return (
    <div role="status" className={cn('flex flex-wrap items-center gap-2 rounded-lg px-3 py-2 text-sm', waiting > 0 || !online ? 'border border-warning bg-surface text-foreground' : 'bg-surface-muted text-muted')}>
      <span data-testid="sync-status">{text}</span>
      {refused > 0 ? (
        <span className="text-danger">
          {refused} {refused === 1 ? 'set was' : 'sets were'} not saved: {refusedReason}
        </span>
      ) : null}
      {waiting > 0 && online && !syncing ? (
        <button type="button" className="ml-auto min-h-11 px-2 font-semibold text-primary-text underline" onClick={onRetry}>
          Sync now
        </button>
      ) : null}
    </div>
  );
}
