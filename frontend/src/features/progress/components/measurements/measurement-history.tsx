import { useState, type FormEvent } from 'react';
import { useCorrectMeasurement } from '@/features/progress/api/correct-measurement';
import { useClientMeasurements, type Measurement } from '@/features/progress/api/get-client-measurements';
import { useMeasurementHistory } from '@/features/progress/api/get-measurement-history';
import type { EntryUnit } from '@/features/progress/api/record-measurements';
import { useRemoveMeasurement } from '@/features/progress/api/remove-measurement';
import { formatDay, formatMeasurement, todayIn } from '@/features/progress/components/measurements/measurement-format';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formErrorMessage } from '@/lib/form';

type Props = { clientId: number; timeZone?: string | null };

/** Every current entry, newest first, each correctable and removable, with what it corrected and its full history. */
export function MeasurementHistory({ clientId, timeZone }: Props) {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(10);
  const entries = useClientMeasurements(clientId, page, perPage);
  if (entries.isPending) return <Spinner label="Loading the entries…" />;
  if (entries.isError) return <ErrorState error={entries.error} onRetry={() => entries.refetch()} />;
  if (entries.data.items.length === 0) return <EmptyState compact title="No entries yet">Entries appear here, newest first; each can be corrected or removed.</EmptyState>;
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-col divide-y divide-border" aria-label="Measurement entries" data-testid="measurement-entries">
        {entries.data.items.map((entry) => (
          <Entry key={entry.id} entry={entry} clientId={clientId} timeZone={timeZone} />
        ))}
      </ul>
      <ListFooter meta={entries.data.meta} onPage={setPage} onPerPage={(size) => { setPerPage(size); setPage(1); }} />
    </div>
  );
}

function Entry({ entry, clientId, timeZone }: { entry: Measurement } & Props) {
  const today = todayIn(timeZone);
  const [mode, setMode] = useState<'view' | 'correct' | 'history'>('view');
  const [removing, setRemoving] = useState(false);
  const remove = useRemoveMeasurement(clientId);
  const toast = useToast();
  return (
    <li className="flex flex-col gap-2 py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium">
            {entry.type_name} <span className="tabular-nums">{entry.display}</span>
            <span className="text-sm font-normal text-muted"> · {formatDay(entry.measured_on, today)}</span>
          </p>
          {entry.correction ? <p className="text-xs text-muted">{entry.correction}</p> : null}
          {entry.note ? <p className="text-sm text-muted">“{entry.note}”</p> : null}
          {entry.entered_by_name ? <p className="text-xs text-muted">Entered by {entry.entered_by_name}</p> : null}
        </div>
        <div className="flex flex-wrap gap-1">
          <Button variant="ghost" className="px-2" aria-expanded={mode === 'correct'} onClick={() => setMode(mode === 'correct' ? 'view' : 'correct')}>
            Correct
          </Button>
          {entry.corrected ? (
            <Button variant="ghost" className="px-2" aria-expanded={mode === 'history'} onClick={() => setMode(mode === 'history' ? 'view' : 'history')}>
              History
            </Button>
          ) : null}
          <Button variant="ghost" className="px-2 text-danger" onClick={() => setRemoving(true)}>
            Remove
          </Button>
        </div>
      </div>
      {mode === 'correct' ? <CorrectionForm entry={entry} clientId={clientId} onDone={() => setMode('view')} /> : null}
      {mode === 'history' ? <VersionList entry={entry} clientId={clientId} timeZone={timeZone} /> : null}
      <ConfirmDialog
        open={removing}
        title={`Remove this ${entry.type_name.toLowerCase()}?`}
        confirmLabel="Remove"
        danger
        loading={remove.isPending}
        onClose={() => setRemoving(false)}
        onConfirm={() =>
          remove.mutate(entry.id, {
            onSuccess: () => {
              setRemoving(false);
              toast.success(`Removed ${entry.type_name.toLowerCase()} ${entry.display} of ${formatDay(entry.measured_on, today)}.`);
            },
            onError: (error) => toast.error(errorMessage(error)),
          })
        }
      >
        {entry.display} on {formatDay(entry.measured_on, today)} leaves the charts; its history keeps it.
      </ConfirmDialog>
    </li>
  );
}

function CorrectionForm({ entry, clientId, onDone }: { entry: Measurement; clientId: number; onDone: () => void }) {
  const correct = useCorrectMeasurement(clientId);
  const toast = useToast();
  const [value, setValue] = useState(String(entry.value ?? ''));
  const [error, setError] = useState<string>();
  function submit(event: FormEvent) {
    event.preventDefault();
    const number = Number(value.replace(',', '.'));
    if (value.trim() === '' || !(number >= 0)) {
      setError('Enter the right value, a number.');
      return;
    }
    setError(undefined);
    correct.mutate(
      { measurementId: entry.id, value: number, unit: entry.unit as EntryUnit },
      { onSuccess: (saved) => { toast.success(`Corrected to ${saved.display}.`); onDone(); } },
    );
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2 rounded-lg bg-surface-muted p-2" aria-label={`Correct ${entry.type_name.toLowerCase()}`}>
      <InputField label={`Correct value${entry.unit ? ` (${entry.unit})` : ''}`} inputMode="decimal" value={value} onChange={(event) => setValue(event.target.value)} error={error} wrapperClassName="w-40" />
      <Button type="submit" loading={correct.isPending}>
        Save correction
      </Button>
      <Button variant="ghost" onClick={onDone}>
        Cancel
      </Button>
      <FormAlert message={formErrorMessage(correct.error)} />
    </form>
  );
}

function VersionList({ entry, clientId, timeZone }: { entry: Measurement } & Props) {
  const history = useMeasurementHistory(clientId, entry.id);
  if (history.isPending) return <Spinner label="Loading its history…" />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const moment = (iso: string) => new Date(iso).toLocaleString('en-GB', { timeZone: timeZone ?? undefined, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <ol className="ml-2 flex flex-col gap-1 border-l-2 border-border pl-3 text-sm" aria-label={`History of ${entry.type_name.toLowerCase()}`}>
      {history.data.versions.map((version) => (
        <li key={version.id} className={version.is_current ? 'font-medium' : 'text-muted'}>
          {formatMeasurement(version.value, version.unit)} — entered {moment(version.entered_at)}
          {version.entered_by_name ? ` by ${version.entered_by_name}` : ''}
          {version.superseded_at ? `; replaced ${moment(version.superseded_at)}${version.superseded_by_name ? ` by ${version.superseded_by_name}` : ''}` : ' (current)'}
        </li>
      ))}
    </ol>
  );
}
