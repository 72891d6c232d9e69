import { useState, type FormEvent } from 'react';
import { useSchedulingSettings } from '@/features/scheduling/api/get-scheduling-settings';
import { useUpdateSchedulingSettings } from '@/features/scheduling/api/update-scheduling-settings';
import { checkNewOffset, formatOffset, MAX_REMINDERS, sortOffsets, type OffsetUnit } from '@/features/settings/components/reminder-offsets';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage } from '@/lib/form';

/** When session reminders fall due (owners and admins). */
export function ReminderSettings() {
  const settings = useSchedulingSettings();
  return (
    <Card>
      <h2 className="text-base font-semibold">Reminders</h2>
      <p className="mt-1 text-sm text-muted">
        Each client booked on a session gets a reminder at these times before it. Changes apply to sessions booked or moved from now on.
      </p>
      {settings.isPending ? (
        <Spinner label="Loading reminders…" />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <OffsetsForm key={settings.data.reminder_offsets.join()} saved={sortOffsets(settings.data.reminder_offsets)} />
      )}
    </Card>
  );
}

function OffsetsForm({ saved }: { saved: number[] }) {
  const toast = useToast();
  const update = useUpdateSchedulingSettings();
  const [offsets, setOffsets] = useState(saved);
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<OffsetUnit>('hours');
  const [error, setError] = useState<string>();
  const dirty = offsets.join() !== saved.join();

  function add(event: FormEvent) {
    event.preventDefault();
    const result = checkNewOffset(amount, unit, offsets);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(undefined);
    setOffsets(sortOffsets([...offsets, result.minutes]));
    setAmount('');
  }

  const save = () =>
    update.mutate({ reminder_offsets: offsets }, { onSuccess: () => toast.success(offsets.length ? 'Reminder times saved.' : 'Reminders are turned off.') });

  return (
    <div className="mt-3 flex flex-col gap-3">
      <FormAlert message={formErrorMessage(update.error)} />
      {offsets.length === 0 ? (
        <p className="text-sm text-muted">No reminders: nobody is reminded of their sessions.</p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border" aria-label="Reminder times">
          {offsets.map((minutes) => (
            <li key={minutes} className="flex items-center justify-between gap-2 px-3 py-1">
              <span className="text-sm font-medium">{formatOffset(minutes)}</span>
              <Button variant="ghost" className="text-danger" aria-label={`Remove the reminder ${formatOffset(minutes)}`} onClick={() => setOffsets(offsets.filter((offset) => offset !== minutes))}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {offsets.length < MAX_REMINDERS ? (
        <form onSubmit={add} noValidate className="flex flex-wrap items-start gap-2">
          <InputField label="Remind" type="number" inputMode="numeric" min={1} wrapperClassName="w-24" value={amount} onChange={(event) => setAmount(event.target.value)} error={error} />
          <SelectField label="Unit" wrapperClassName="w-32" value={unit} onChange={(event) => setUnit(event.target.value as OffsetUnit)}>
            <option value="minutes">minutes</option>
            <option value="hours">hours</option>
            <option value="days">days</option>
          </SelectField>
          <div className="flex flex-col gap-1.5">
            <span aria-hidden className="text-sm font-medium">
              &nbsp;
            </span>
            <Button type="submit" variant="secondary">
              Add reminder
            </Button>
          </div>
        </form>
      ) : (
        <p className="text-sm text-muted">That is the most reminders a session can have ({MAX_REMINDERS}).</p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        {dirty ? (
          <Button variant="secondary" onClick={() => setOffsets(saved)}>
            Discard changes
          </Button>
        ) : null}
        <Button loading={update.isPending} disabled={!dirty} onClick={save}>
          Save reminders
        </Button>
      </div>
    </div>
  );
}
