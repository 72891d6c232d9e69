import { useState } from 'react';
import { useCompareProgramVersions } from '@/features/training/api/compare-program-versions';
import { useProgramVersions } from '@/features/training/api/get-program-versions';
import { Card } from '@/components/ui/card';
import { SelectField } from '@/components/ui/field';
import { ErrorState, Spinner } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format';

/** A template's versions (who saved each, when, what changed) and a comparison of any two. */
export function VersionsPanel({ templateId, currentVersion, timeZone }: { templateId: number; currentVersion: number; timeZone?: string }) {
  const versions = useProgramVersions(templateId);
  const [from, setFrom] = useState(Math.max(currentVersion - 1, 1));
  const [to, setTo] = useState(currentVersion);
  const comparison = useCompareProgramVersions(templateId, from, to);
  const numbers = Array.from({ length: currentVersion }, (_, i) => currentVersion - i);
  return (
    <Card>
      <h2 className="mb-3 text-lg font-bold">Versions</h2>
      {versions.isPending ? (
        <Spinner />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => versions.refetch()} />
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Versions">
          {versions.data.items.map((version) => (
            <li key={version.number} className="border-b border-border pb-2 last:border-0">
              <p className="text-sm">
                <span className="font-semibold">Version {version.number}</span> · {version.created_by_name ?? 'Someone'} · {formatDateTime(version.created_at, timeZone)}
              </p>
              <ul className="list-disc pl-5 text-sm text-muted">
                {version.summary.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {currentVersion > 1 ? (
        <section className="mt-4" aria-label="Compare versions">
          <h3 className="mb-2 font-semibold">Compare</h3>
          <div className="grid grid-cols-2 gap-2">
            <SelectField label="From" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  Version {n}
                </option>
              ))}
            </SelectField>
            <SelectField label="To" value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  Version {n}
                </option>
              ))}
            </SelectField>
          </div>
          {from === to ? (
            <p className="mt-2 text-sm text-muted">Choose two different versions.</p>
          ) : comparison.isPending ? (
            <Spinner />
          ) : comparison.isError ? (
            <ErrorState error={comparison.error} />
          ) : (
            <ul className="mt-2 list-disc pl-5 text-sm" aria-label="Changes">
              {comparison.data.changes.length ? comparison.data.changes.map((change) => <li key={change}>{change}</li>) : <li>No differences.</li>}
            </ul>
          )}
        </section>
      ) : null}
    </Card>
  );
}
