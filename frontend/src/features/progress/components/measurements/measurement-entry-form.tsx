import { useState, type FormEvent } from 'react';
import { useMeasurementTypes, type MeasurementType } from '@/features/progress/api/get-measurement-types';
import { useRecordMeasurements, type EntryUnit } from '@/features/progress/api/record-measurements';
import { COMMON_TYPES, formatDay, formatMeasurement, todayIn } from '@/features/progress/components/measurements/measurement-format';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage } from '@/lib/form';

function commonFirst(types: MeasurementType[]): [MeasurementType[], MeasurementType[]] {
  const common = COMMON_TYPES.map((slug) => types.find((type) => type.is_builtin && type.slug === slug)).filter((type): type is MeasurementType => !!type);
  return [common, types.filter((type) => !common.includes(type))];
}

/** Several values for one day in one go, on a phone: the common types first, the others a tap away. */
export function MeasurementEntryForm({ clientId, timeZone, who = 'your' }: { clientId: number; timeZone?: string | null; who?: string }) {
  const types = useMeasurementTypes();
  const record = useRecordMeasurements(clientId);
  const toast = useToast();
  const today = todayIn(timeZone);
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');
  const [values, setValues] = useState<Record<number, string>>({});
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string>();

  if (types.isPending) return <Spinner label="Loading the measurement types…" />;
  if (types.isError) return <ErrorState error={types.error} onRetry={() => types.refetch()} />;
  const [common, others] = commonFirst(types.data);
  const filled = types.data.filter((type) => (values[type.id] ?? '').trim() !== '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = filled.find((type) => !(Number(values[type.id].replace(',', '.')) >= 0));
    if (filled.length === 0 || invalid) {
      setError(invalid ? `${invalid.name} must be a number.` : 'Enter at least one value.');
      return;
    }
    setError(undefined);
    record.mutate(
      { measured_on: day, note: note.trim() || null, entries: filled.map((type) => ({ type_id: type.id, value: Number(values[type.id].replace(',', '.')), unit: type.unit as EntryUnit })) },
      {
        onSuccess: (saved) => {
          toast.success(`Saved ${saved.map((item) => `${item.type_name.toLowerCase()} ${formatMeasurement(item.value, item.unit)}`).join(', ')} for ${formatDay(day, today)}.`);
          setValues({});
          setNote('');
        },
      },
    );
  }

  const field = (type: MeasurementType) => (
    <InputField
      key={type.id}
      label={type.unit ? `${type.name} (${type.unit})` : type.name}
      inputMode="decimal"
      autoComplete="off"
      value={values[type.id] ?? ''}
      onChange={(event) => setValues({ ...values, [type.id]: event.target.value })}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label={`Enter ${who} measurements`}>
      <FormAlert message={error ?? formErrorMessage(record.error)} />
      <InputField label="Date" type="date" max={today} value={day} onChange={(event) => setDay(event.target.value || today)} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">{common.map(field)}</div>
      {others.length > 0 ? (
        <details open={more} onToggle={(event) => setMore(event.currentTarget.open)} className="rounded-lg border border-border">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium">More measurements ({others.length})</summary>
          <div className="grid grid-cols-2 gap-3 border-t border-border p-3 sm:grid-cols-3">{others.map(field)}</div>
        </details>
      ) : null}
      <InputField label="Note (optional)" maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      <Button type="submit" loading={record.isPending} className="w-full sm:w-auto sm:self-end">
        Save measurements
      </Button>
    </form>
  );
}
