import { useState, type FormEvent, type ReactNode } from 'react';
import type { ExerciseInput } from '@/features/training/api/create-exercise';
import type { Exercise } from '@/features/training/api/get-exercises';
import {
  CATEGORY_LABELS,
  EQUIPMENT_LABELS,
  FORCE_LABELS,
  LEVEL_LABELS,
  MEASUREMENT_LABELS,
  MECHANIC_LABELS,
  MUSCLE_LABELS,
  options,
  type Category,
  type Equipment,
  type Force,
  type Level,
  type Measurement,
  type Mechanic,
  type Muscle,
} from '@/features/training/components/exercises/exercise-labels';
import { Button } from '@/components/ui/button';
import { Checkbox, InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { formErrorMessage, serverFieldErrors, type FormErrors } from '@/lib/form';

type Values = {
  name: string;
  aliases: string;
  category: Category;
  primary_muscles: Muscle[];
  secondary_muscles: Muscle[];
  equipment: Equipment[];
  level: Level | '';
  mechanic: Mechanic | '';
  force: Force | '';
  unilateral: boolean;
  measurement: Measurement;
  cues: string;
  video_url: string;
};

function initial(exercise?: Exercise): Values {
  return {
    name: exercise?.name ?? '',
    aliases: exercise?.aliases.join(', ') ?? '',
    category: exercise?.category ?? 'strength',
    primary_muscles: exercise?.primary_muscles ?? [],
    secondary_muscles: exercise?.secondary_muscles ?? [],
    equipment: exercise?.equipment ?? [],
    level: exercise?.level ?? '',
    mechanic: exercise?.mechanic ?? '',
    force: exercise?.force ?? '',
    unilateral: exercise?.unilateral ?? false,
    measurement: exercise?.measurement ?? 'reps_load',
    cues: exercise?.cues ?? '',
    video_url: exercise?.video_url ?? '',
  };
}

/** Checks made before sending; the server checks every field again. */
export function checkExercise(values: Pick<Values, 'name' | 'primary_muscles' | 'video_url'>): FormErrors {
  const errors: FormErrors = {};
  if (!values.name.trim()) errors.name = 'Name is required.';
  if (!values.primary_muscles.length) errors.primary_muscles = 'Choose at least one primary muscle.';
  if (values.video_url.trim() && !/^https?:\/\/\S+\.\S+/i.test(values.video_url.trim())) errors.video_url = 'A web address starting with http:// or https://.';
  return errors;
}

function CheckboxGroup<K extends string>({
  legend,
  labels,
  value,
  onChange,
  error,
}: {
  legend: string;
  labels: Record<K, string>;
  value: K[];
  onChange: (value: K[]) => void;
  error?: string;
}) {
  return (
    <fieldset className="flex flex-col gap-1 sm:col-span-2" aria-invalid={!!error}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-3">
        {options(labels).map(([code, label]) => (
          <Checkbox
            key={code}
            label={label}
            checked={value.includes(code)}
            onChange={(event) => onChange(event.target.checked ? [...value, code] : value.filter((item) => item !== code))}
          />
        ))}
      </div>
      {error ? (
        <p className="text-sm text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="grid gap-4 border-b border-border pb-5 sm:grid-cols-2">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-muted sm:col-span-2">{title}</h3>
      {children}
    </section>
  );
}

/** Create or edit an exercise; `notice` says what saving will do (a built-in one makes the studio's own copy). */
export function ExerciseForm({
  exercise,
  notice,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  exercise?: Exercise;
  notice?: ReactNode;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ExerciseInput, onError: (error: unknown) => void) => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Values>(() => initial(exercise));
  const [errors, setErrors] = useState<FormErrors>({});
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((current) => ({ ...current, [name]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkExercise(values);
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    onSubmit(
      {
        name: values.name.trim(),
        aliases: values.aliases
          .split(',')
          .map((alias) => alias.trim())
          .filter(Boolean),
        category: values.category,
        primary_muscles: values.primary_muscles,
        secondary_muscles: values.secondary_muscles.filter((muscle) => !values.primary_muscles.includes(muscle)),
        equipment: values.equipment,
        level: values.level || null,
        mechanic: values.mechanic || null,
        force: values.force || null,
        unilateral: values.unilateral,
        measurement: values.measurement,
        cues: values.cues.trim() || null,
        video_url: values.video_url.trim() || null,
      },
      (failure) => setErrors(serverFieldErrors(failure)),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5 pb-5" aria-label={submitLabel}>
      {notice ? <p className="rounded-lg border border-border bg-primary-soft px-3 py-2 text-sm text-primary-text">{notice}</p> : null}
      <FormAlert message={formErrorMessage(error)} />
      <Section title="Exercise">
        <InputField label="Name" value={values.name} error={errors.name} onChange={(event) => set('name', event.target.value)} wrapperClassName="sm:col-span-2" />
        <InputField
          label="Also called"
          hint="Other names, separated by commas (RDL, OHP)."
          value={values.aliases}
          error={errors.aliases}
          onChange={(event) => set('aliases', event.target.value)}
          wrapperClassName="sm:col-span-2"
        />
        <SelectField label="Category" value={values.category} error={errors.category} onChange={(event) => set('category', event.target.value as Category)}>
          {options(CATEGORY_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Measured by"
          hint="What each logged set records."
          value={values.measurement}
          error={errors.measurement}
          onChange={(event) => set('measurement', event.target.value as Measurement)}
        >
          {options(MEASUREMENT_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
      </Section>
      <Section title="Muscles and equipment">
        <CheckboxGroup legend="Primary muscles" labels={MUSCLE_LABELS} value={values.primary_muscles} onChange={(value) => set('primary_muscles', value)} error={errors.primary_muscles} />
        <CheckboxGroup legend="Secondary muscles" labels={MUSCLE_LABELS} value={values.secondary_muscles} onChange={(value) => set('secondary_muscles', value)} error={errors.secondary_muscles} />
        <CheckboxGroup legend="Equipment" labels={EQUIPMENT_LABELS} value={values.equipment} onChange={(value) => set('equipment', value)} error={errors.equipment} />
      </Section>
      <Section title="Profile">
        <SelectField label="Level" value={values.level} error={errors.level} onChange={(event) => set('level', event.target.value as Level | '')}>
          <option value="">Not set</option>
          {options(LEVEL_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Mechanic" value={values.mechanic} error={errors.mechanic} onChange={(event) => set('mechanic', event.target.value as Mechanic | '')}>
          <option value="">Not set</option>
          {options(MECHANIC_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Force" value={values.force} error={errors.force} onChange={(event) => set('force', event.target.value as Force | '')}>
          <option value="">Not set</option>
          {options(FORCE_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <Checkbox label="One side at a time" checked={values.unilateral} onChange={(event) => set('unilateral', event.target.checked)} className="self-end" />
      </Section>
      <Section title="Coaching">
        <TextareaField
          label="Coaching cues"
          hint="One to three short sentences a client reads before the set."
          value={values.cues}
          error={errors.cues}
          onChange={(event) => set('cues', event.target.value)}
          wrapperClassName="sm:col-span-2"
        />
        <InputField
          label="Video link"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={values.video_url}
          error={errors.video_url}
          onChange={(event) => set('video_url', event.target.value)}
          wrapperClassName="sm:col-span-2"
        />
      </Section>
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
