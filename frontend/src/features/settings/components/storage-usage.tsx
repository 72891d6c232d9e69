import { useStorageUsage, type KindUsage, type StorageUsage } from '@/features/organizations/api/get-storage-usage';
import { Card } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { cn } from '@/lib/cn';

// Decimal units, as the server's summary and disk makers count: 1.2 GB is 1,200,000,000 bytes.
const UNITS = [
  { unit: 'TB', factor: 1e12 },
  { unit: 'GB', factor: 1e9 },
  { unit: 'MB', factor: 1e6 },
  { unit: 'KB', factor: 1e3 },
];
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function formatBytes(bytes: number): string {
  const found = UNITS.find(({ factor }) => bytes >= factor);
  if (!found) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  return `${oneDecimal.format(bytes / found.factor)} ${found.unit}`;
}

function filesLabel(files: number): string {
  return files === 1 ? '1 file' : `${files.toLocaleString()} files`;
}

/** How much of the studio's storage its photos, documents and attachments use (owners and admins). */
export function StorageUsageCard() {
  const usage = useStorageUsage();
  return (
    <Card>
      <h2 className="text-base font-semibold">Storage</h2>
      <p className="mt-1 text-sm text-muted">Progress photos, check-in photos, documents and attachments count against the studio&apos;s space.</p>
      {usage.isPending ? (
        <Spinner label="Loading storage use…" />
      ) : usage.isError ? (
        <ErrorState error={usage.error} onRetry={() => usage.refetch()} />
      ) : (
        <UsageDetails usage={usage.data} />
      )}
    </Card>
  );
}

function UsageDetails({ usage }: { usage: StorageUsage }) {
  const share = usage.quota_bytes > 0 ? Math.min(1, usage.used_bytes / usage.quota_bytes) : 1;
  const percent = Math.round(share * 100);
  const nearlyFull = share >= 0.9;
  const kinds = (usage.by_kind as KindUsage[]).filter((kind) => kind.files > 0);
  return (
    <div className="mt-3 flex flex-col gap-3">
      <p className="text-lg font-semibold" data-testid="storage-summary">
        {usage.summary}
      </p>
      <div
        role="meter"
        aria-label="Storage used"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${usage.summary} (${percent}%)`}
        className="h-2 w-full overflow-hidden rounded-full bg-surface-muted"
      >
        <div className={cn('h-full rounded-full', nearlyFull ? 'bg-danger' : 'bg-primary')} style={{ width: `${Math.max(percent, usage.used_bytes > 0 ? 1 : 0)}%` }} />
      </div>
      {nearlyFull ? (
        <p className="text-sm text-danger">
          {share >= 1 ? 'The storage is full: new uploads are refused until files are deleted.' : 'The storage is nearly full: delete files you no longer need.'}
        </p>
      ) : null}
      {kinds.length === 0 ? (
        <p className="text-sm text-muted">Nothing uploaded yet.</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border" aria-label="Storage by kind of file">
          {kinds.map((kind) => (
            <KindRow key={kind.kind} kind={kind} />
          ))}
        </ul>
      )}
    </div>
  );
}

function KindRow({ kind }: { kind: KindUsage }) {
  return (
    <li className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
      <span className="font-medium">{kind.label}</span>
      <span className="text-muted">
        {filesLabel(kind.files)}, {formatBytes(kind.used_bytes)}
      </span>
    </li>
  );
}
