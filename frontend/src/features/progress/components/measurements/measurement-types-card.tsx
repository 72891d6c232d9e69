import { useState, type FormEvent } from 'react';
import { useMeasurementTypes, type MeasurementType } from '@/features/progress/api/get-measurement-types';
import { useCreateMeasurementType, useUpdateMeasurementType } from '@/features/progress/api/save-measurement-type';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

const DIMENSIONS = [
  { value: 'mass', label: 'A weight (kg or lb)' },
  { value: 'length', label: 'A length (cm or in)' },
  { value: 'percent', label: 'A percentage' },
  { value: 'heart_rate', label: 'A heart rate (bpm)' },
  { value: 'number', label: 'A number without a unit' },
] as const;

/** The studio's measurement types (owners, admins): the built-ins, and its own to add, rename, archive or restore. */
export function MeasurementTypesCard() {
  const types = useMeasurementTypes(true);
  return (
    <Card className="flex flex-col gap-3">
      <h2 className="text-base font-semibold">Measurement types</h2>
      <p className="text-sm text-muted">Weight, body fat, lean mass, resting heart rate and the circumferences are built in. Add what else your studio measures.</p>
      {types.isPending ? <Spinner label="Loading the measurement types…" /> : types.isError ? <ErrorState error={types.error} onRetry={() => types.refetch()} /> : <OwnTypes types={types.data.filter((type) => !type.is_builtin)} />}
      <NewType />
    </Card>
  );
}

function OwnTypes({ types }: { types: MeasurementType[] }) {
  if (types.length === 0) return <p className="text-sm text-muted">The studio has no types of its own yet.</p>;
  return (
    <ul className="flex flex-col divide-y divide-border" aria-label="The studio's own measurement types">
      {types.map((type) => (
        <OwnType key={type.id} type={type} />
      ))}
    </ul>
  );
}

function OwnType({ type }: { type: MeasurementType }) {
  const update = useUpdateMeasurementType();
  const toast = useToast();
  const [name, setName] = useState(type.name);
  const archived = !!type.archived_at;
  const save = (change: { name?: string; archived?: boolean }, done: string) =>
    update.mutate({ typeId: type.id, ...change }, { onSuccess: () => toast.success(done), onError: (error) => toast.error(errorMessage(error)) });
  return (
    <li className="flex flex-wrap items-end gap-2 py-2">
      <InputField label={`Name${archived ? ' (archived)' : ''}`} value={name} maxLength={80} onChange={(event) => setName(event.target.value)} wrapperClassName="min-w-0 flex-1" />
      <Button variant="secondary" disabled={!name.trim() || name.trim() === type.name} loading={update.isPending} onClick={() => save({ name: name.trim() }, `Renamed to ${name.trim()}.`)}>
        Rename
      </Button>
      <Button variant="ghost" onClick={() => save({ archived: !archived }, archived ? `${type.name} is offered again.` : `${type.name} is archived; its entries stay.`)}>
        {archived ? 'Restore' : 'Archive'}
      </Button>
    </li>
  );
}

function NewType() {
  const create = useCreateMeasurementType();
  const toast = useToast();
  const [name, setName] = useState('');
  const [dimension, setDimension] = useState<(typeof DIMENSIONS)[number]['value']>('length');
  const [error, setError] = useState<string>();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Name the measurement.');
      return;
    }
    setError(undefined);
    create.mutate(
      { name: name.trim(), dimension },
      {
        onSuccess: (type) => {
          toast.success(`Added ${type.name}.`);
          setName('');
        },
        onError: (failure) => setError(serverFieldErrors(failure).name),
      },
    );
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2 border-t border-border pt-3" aria-label="Add a measurement type">
      <FormAlert message={error ? undefined : formErrorMessage(create.error)} />
      <div className="grid gap-2 sm:grid-cols-2">
        <InputField label="New type" placeholder="e.g. Forearm" value={name} maxLength={80} error={error} onChange={(event) => setName(event.target.value)} />
        <SelectField label="It measures" value={dimension} onChange={(event) => setDimension(event.target.value as typeof dimension)}>
          {DIMENSIONS.map((item) => (
            <option key={item.value} value={item.value}>
              {item.label}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" variant="secondary" loading={create.isPending} className="self-end">
        Add type
      </Button>
    </form>
  );
}
