import { useState, type FormEvent } from 'react';
import type { Habit } from '@/features/progress/api/get-client-habits';
import { useCreateHabit } from '@/features/progress/api/create-habit';
import { useUpdateHabit } from '@/features/progress/api/update-habit';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ApiError, errorMessage } from '@/lib/api-error';

type Kind = 'count' | 'duration' | 'yes_no';

/** Give a client a habit, or change one: its name, target (amount and unit, or minutes) and first day. */
export function HabitForm({ clientId, habit, onDone }: { clientId: number; habit?: Habit; onDone: () => void }) {
  const create = useCreateHabit();
  const update = useUpdateHabit();
  const [name, setName] = useState(habit?.name ?? '');
  const [kind, setKind] = useState<Kind>((habit?.kind as Kind) ?? 'count');
  const [target, setTarget] = useState(habit?.target_value != null ? String(habit.target_value) : '');
  const [unit, setUnit] = useState(habit?.kind === 'count' ? (habit.unit ?? '') : '');
  const [startsOn, setStartsOn] = useState(habit?.starts_on ?? '');
  const error = create.error ?? update.error;
  const fieldError = (name: string) => (error instanceof ApiError ? error.fieldError(name) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const targetValue = kind === 'yes_no' || target.trim() === '' ? null : Number(target);
    const common = { name, target_value: targetValue, unit: kind === 'count' ? unit || null : null, ...(startsOn ? { starts_on: startsOn } : {}) };
    if (habit) update.mutate({ habitId: habit.id, clientId, changes: common }, { onSuccess: onDone });
    else create.mutate({ clientId, input: { ...common, kind } }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label={habit ? 'Change habit' : 'New habit'}>
      <FormAlert message={error ? errorMessage(error) : undefined} />
      <InputField label="Habit" value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} placeholder="Walk 10,000 steps" error={fieldError('name')} />
      <SelectField label="Kind" value={kind} onChange={(event) => setKind(event.target.value as Kind)} disabled={!!habit} hint={habit ? 'A habit keeps its kind.' : undefined}>
        <option value="count">An amount (steps, glasses of water)</option>
        <option value="duration">Minutes (sleep, mobility)</option>
        <option value="yes_no">Done or not</option>
      </SelectField>
      {kind !== 'yes_no' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField
            label={kind === 'duration' ? 'Daily target (minutes)' : 'Daily target'}
            inputMode="decimal"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            required
            error={fieldError('target_value')}
          />
          {kind === 'count' ? <InputField label="Unit" value={unit} onChange={(event) => setUnit(event.target.value)} required maxLength={30} placeholder="steps" error={fieldError('unit')} /> : null}
        </div>
      ) : null}
      <InputField label="First day" type="date" value={startsOn} onChange={(event) => setStartsOn(event.target.value)} hint="Today in the client's time zone when left empty." error={fieldError('starts_on')} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending || update.isPending}>
          {habit ? 'Save habit' : 'Add habit'}
        </Button>
      </div>
    </form>
  );
}
