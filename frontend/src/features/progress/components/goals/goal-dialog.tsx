import { useState, type FormEvent } from 'react';
import { useCreateGoal, type GoalInput } from '@/features/progress/api/create-goal';
import type { Goal, GoalKind } from '@/features/progress/api/get-client-goals';
import { useGoalOptions } from '@/features/progress/api/get-goal-options';
import { useGoalExerciseSearch } from '@/features/progress/api/search-goal-exercises';
import { useUpdateGoal, type GoalChanges } from '@/features/progress/api/update-goal';
import { KIND_LABELS } from '@/features/progress/components/goals/goal-progress';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors, type FormErrors } from '@/lib/form';

type MilestoneMode = 'none' | 'every' | 'list';
type Values = {
  kind: GoalKind;
  title: string;
  measurement_type_id: string;
  exercise_id: string;
  exercise_query: string;
  habit_id: string;
  target_value: string;
  sessions_per_week: string;
  weeks: string;
  starts_on: string;
  target_date: string;
  milestone_mode: MilestoneMode;
  milestone_every: string;
  milestones: string;
};

function initial(goal?: Goal): Values {
  return {
    kind: goal?.kind ?? 'measurement',
    title: goal && goal.title !== goal.target_text ? goal.title : '',
    measurement_type_id: '',
    exercise_id: '',
    exercise_query: '',
    habit_id: '',
    target_value: goal?.target_value != null && goal.kind !== 'attendance' ? String(goal.target_value) : '',
    sessions_per_week: goal?.sessions_per_week ? String(goal.sessions_per_week) : '3',
    weeks: goal?.weeks ? String(goal.weeks) : '8',
    starts_on: '',
    target_date: goal?.target_date ?? '',
    milestone_mode: goal?.milestones.length ? 'list' : 'none',
    milestone_every: '',
    milestones: goal?.milestones.map((milestone) => milestone.value).join(', ') ?? '',
  };
}

const number = (value: string) => Number(value.trim());
const parts = (value: string) => value.split(/[\s,;]+/).filter(Boolean);

/** Checks made before sending; the server checks every field again. */
function check(values: Values, editing: boolean): FormErrors {
  const errors: FormErrors = {};
  if (!editing && values.kind === 'measurement' && !values.measurement_type_id) errors.measurement_type_id = 'Choose what to measure.';
  if (!editing && values.kind === 'lift' && !values.exercise_id) errors.exercise_id = 'Choose an exercise.';
  if (!editing && values.kind === 'habit_streak' && !values.habit_id) errors.habit_id = 'Choose a habit.';
  if (values.kind === 'attendance') {
    if (!(number(values.sessions_per_week) >= 1)) errors.sessions_per_week = 'At least one session a week.';
    if (!(number(values.weeks) >= 1)) errors.weeks = 'At least one week.';
  } else if (!(number(values.target_value) > 0)) errors.target_value = 'Enter the target.';
  if (values.milestone_mode === 'every' && !(number(values.milestone_every) > 0)) errors.milestone_every = 'Enter a step, e.g. 2.5.';
  if (values.milestone_mode === 'list' && parts(values.milestones).some((part) => Number.isNaN(number(part))))
    errors.milestones = 'Numbers separated by commas, e.g. 80, 77.5.';
  return errors;
}

function milestoneFields(values: Values): Pick<GoalInput, 'milestones' | 'milestone_every'> {
  if (values.milestone_mode === 'every') return { milestone_every: number(values.milestone_every) };
  if (values.milestone_mode === 'list')
    return {
      milestones: parts(values.milestones).map(number),
    };
  return { milestones: [] };
}

/** Set a new goal for a client, or change an active one (kind and subject stay; target, dates and milestones change). */
export function GoalDialog({ clientId, goal, open, onClose }: { clientId: number; goal?: Goal; open: boolean; onClose: () => void }) {
  const editing = goal !== undefined;
  const [values, setValues] = useState<Values>(() => initial(goal));
  const [errors, setErrors] = useState<FormErrors>({});
  const options = useGoalOptions(clientId, open);
  const exercises = useGoalExerciseSearch(values.exercise_query, open && !editing && values.kind === 'lift');
  const creating = useCreateGoal();
  const updating = useUpdateGoal();
  const mutation = editing ? updating : creating;
  const toast = useToast();
  const set = (changes: Partial<Values>) => setValues((current) => ({ ...current, ...changes }));

  const type = options.data?.measurement_types.find((option) => String(option.id) === values.measurement_type_id);
  const unit = editing
    ? goal.unit
    : values.kind === 'measurement'
      ? (type?.unit ?? '')
      : values.kind === 'lift'
        ? (options.data?.weight_unit ?? 'kg')
        : values.kind === 'habit_streak'
          ? 'days'
          : 'weeks';

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = check(values, editing);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const shared = {
      title: values.title.trim() || undefined,
      target_date: values.kind === 'attendance' ? undefined : values.target_date || null,
      ...(values.kind === 'attendance'
        ? { sessions_per_week: number(values.sessions_per_week), weeks: number(values.weeks) }
        : { target_value: number(values.target_value) }),
      ...milestoneFields(values),
    };
    const done = {
      onSuccess: (saved: Goal) => {
        toast.success(editing ? `Saved ${saved.title}.` : `Goal set: ${saved.title}.`);
        onClose();
      },
      onError: (error: unknown) => setErrors(serverFieldErrors(error)),
    };
    if (editing) {
      const changes: GoalChanges = { ...shared, title: values.title.trim() || '' };
      updating.mutate({ goalId: goal.id, changes }, done);
      return;
    }
    const input: GoalInput = {
      ...shared,
      kind: values.kind,
      starts_on: values.starts_on || undefined,
      measurement_type_id: values.kind === 'measurement' ? Number(values.measurement_type_id) : undefined,
      exercise_id: values.kind === 'lift' ? Number(values.exercise_id) : undefined,
      habit_id: values.kind === 'habit_streak' ? Number(values.habit_id) : undefined,
    };
    creating.mutate({ clientId, input }, done);
  }

  return (
    <Dialog open={open} onClose={onClose} title={editing ? 'Change goal' : 'New goal'}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <FormAlert message={formErrorMessage(mutation.error)} />
        {editing ? (
          <p className="text-sm text-muted">
            {KIND_LABELS[goal.kind]}: {goal.target_text}
          </p>
        ) : (
          <SelectField label="Kind of goal" value={values.kind} onChange={(event) => set({ kind: event.target.value as GoalKind, target_value: '' })}>
            {(Object.keys(KIND_LABELS) as GoalKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </SelectField>
        )}
        {!editing && values.kind === 'measurement' ? (
          <SelectField
            label="Measurement"
            value={values.measurement_type_id}
            error={errors.measurement_type_id}
            onChange={(event) => set({ measurement_type_id: event.target.value })}
          >
            <option value="">Choose…</option>
            {options.data?.measurement_types.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
                {option.latest_value != null ? ` (now ${option.latest_value} ${option.unit})`.replace(' %)', '%)') : ''}
              </option>
            ))}
          </SelectField>
        ) : null}
        {!editing && values.kind === 'lift' ? (
          <div className="flex flex-col gap-2">
            <InputField
              label="Find an exercise"
              type="search"
              value={values.exercise_query}
              onChange={(event) => set({ exercise_query: event.target.value })}
              placeholder="Squat, bench press…"
            />
            <SelectField label="Exercise" value={values.exercise_id} error={errors.exercise_id} onChange={(event) => set({ exercise_id: event.target.value })}>
              <option value="">Choose…</option>
              {exercises.data?.map((exercise) => (
                <option key={exercise.id} value={exercise.id}>
                  {exercise.name}
                </option>
              ))}
            </SelectField>
          </div>
        ) : null}
        {!editing && values.kind === 'habit_streak' ? (
          <SelectField
            label="Habit"
            value={values.habit_id}
            error={errors.habit_id}
            hint={options.data && !options.data.habits.length ? 'This client has no habits yet: give them one first.' : undefined}
            onChange={(event) => set({ habit_id: event.target.value })}
          >
            <option value="">Choose…</option>
            {options.data?.habits.map((habit) => (
              <option key={habit.id} value={habit.id}>
                {habit.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {values.kind === 'attendance' ? (
          <div className="grid grid-cols-2 gap-3">
            <InputField
              label="Sessions a week"
              inputMode="numeric"
              value={values.sessions_per_week}
              error={errors.sessions_per_week}
              onChange={(event) => set({ sessions_per_week: event.target.value })}
            />
            <InputField label="For weeks" inputMode="numeric" value={values.weeks} error={errors.weeks} onChange={(event) => set({ weeks: event.target.value })} />
          </div>
        ) : (
          <InputField
            label={values.kind === 'lift' ? `Target e1RM (${unit})` : values.kind === 'habit_streak' ? 'Days in a row' : `Target${unit ? ` (${unit})` : ''}`}
            inputMode="decimal"
            value={values.target_value}
            error={errors.target_value}
            onChange={(event) => set({ target_value: event.target.value })}
          />
        )}
        <div className="grid grid-cols-2 gap-3">
          {!editing ? (
            <InputField label="Starts" type="date" value={values.starts_on} hint="Today if left empty." onChange={(event) => set({ starts_on: event.target.value })} />
          ) : null}
          {values.kind !== 'attendance' ? (
            <InputField label="Reach by" type="date" value={values.target_date} error={errors.target_date} onChange={(event) => set({ target_date: event.target.value })} />
          ) : null}
        </div>
        <SelectField
          label="Milestones"
          value={values.milestone_mode}
          onChange={(event) => set({ milestone_mode: event.target.value as MilestoneMode })}
        >
          <option value="none">None</option>
          <option value="every">Evenly spaced</option>
          <option value="list">At values I choose</option>
        </SelectField>
        {values.milestone_mode === 'every' ? (
          <InputField
            label={`Every (${unit})`}
            inputMode="decimal"
            value={values.milestone_every}
            error={errors.milestone_every}
            onChange={(event) => set({ milestone_every: event.target.value })}
          />
        ) : null}
        {values.milestone_mode === 'list' ? (
          <InputField
            label={`Milestones (${unit})`}
            value={values.milestones}
            error={errors.milestones}
            hint="Separated by commas, e.g. 80, 77.5"
            onChange={(event) => set({ milestones: event.target.value })}
          />
        ) : null}
        <InputField label="Name (optional)" value={values.title} maxLength={160} error={errors.title} hint="Left empty, the goal is named after its target." onChange={(event) => set({ title: event.target.value })} />
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {editing ? 'Save goal' : 'Set goal'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
