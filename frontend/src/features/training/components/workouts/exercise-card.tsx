import { useState } from 'react';
import type { PlanExercise } from '@/features/training/api/get-today-workout';
import type { LocalSet } from '@/features/training/components/workouts/offline-store';
import { startRest } from '@/features/training/components/workouts/rest-timer';
import { SetRow, type Measurement, type SetDefaults } from '@/features/training/components/workouts/set-row';
import type { SetValues } from '@/features/training/components/workouts/use-workout-log';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

type Prescription = {
  sets?: number;
  reps?: number | null;
  reps_min?: number | null;
  reps_max?: number | null;
  duration_seconds?: number | null;
  distance_m?: number | null;
  load?: { type: string; value: number } | null;
  notes?: string | null;
};

type Props = {
  item: PlanExercise;
  sets: LocalSet[];
  note: string;
  onSave: (target: { exerciseId: number; key: string; setNumber: number; existing?: LocalSet }, values: SetValues) => Promise<void>;
  onRemove: (item: LocalSet) => void;
  onNote: (text: string) => void;
};

function defaultsFor(item: PlanExercise): { defaults: SetDefaults; unit: 'kg' | 'lb' } {
  const prescription = (item.prescription ?? {}) as Prescription;
  const proposal = item.proposal;
  const prescribedLoad = prescription.load && (prescription.load.type === 'kg' || prescription.load.type === 'lb') ? prescription.load : null;
  const previousUnit = item.previous?.sets?.find((entry) => entry.load_unit)?.load_unit;
  const unit = (proposal?.load_unit ?? prescribedLoad?.type ?? previousUnit ?? 'kg') as 'kg' | 'lb';
  return {
    unit,
    defaults: {
      reps: proposal?.reps ?? prescription.reps ?? prescription.reps_max ?? null,
      load: proposal?.load_value ?? prescribedLoad?.value ?? null,
      duration: prescription.duration_seconds ?? null,
      distance: prescription.distance_m ?? null,
    },
  };
}

/** One prescribed exercise: what to do, last time's result and the proposal, a row per set, a note. */
export function ExerciseCard({ item, sets, note, onSave, onRemove, onNote }: Props) {
  const { defaults, unit: startUnit } = defaultsFor(item);
  const [unit, setUnit] = useState<'kg' | 'lb'>(startUnit);
  const prescription = (item.prescription ?? {}) as Prescription;
  const live = sets.filter((entry) => !entry.deleted);
  const [extra, setExtra] = useState(0);
  const rows = Math.max(prescription.sets ?? 1, ...live.map((entry) => entry.set_number)) + extra;
  const previousSets = item.previous?.sets ?? [];
  const measurement = (item.measurement ?? 'reps_load') as Measurement;
  const restSeconds = item.rest_seconds ?? 0;

  return (
    <Card className="flex flex-col gap-2 p-3 sm:p-4">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="text-lg font-bold">{item.name}</h2>
          <p className="text-sm text-muted">{item.prescribed}</p>
        </div>
        {measurement === 'reps_load' ? (
          <Button variant="secondary" className="shrink-0 px-3" aria-label={`Weigh in ${unit === 'kg' ? 'pounds' : 'kilograms'}`} onClick={() => setUnit(unit === 'kg' ? 'lb' : 'kg')}>
            {unit}
          </Button>
        ) : null}
      </div>
      {item.proposal ? (
        <p className="rounded-lg bg-primary-soft px-3 py-2 text-sm text-primary-text">
          <strong>
            Today: {item.proposal.load_value != null ? `${item.proposal.load_value} ${item.proposal.load_unit}` : ''}
            {item.proposal.reps != null ? ` × ${item.proposal.reps}` : ''}.
          </strong>{' '}
          {item.proposal.reason}
        </p>
      ) : null}
      {item.previous ? <p className="text-sm text-muted">Last time: {item.previous.summary}</p> : null}
      {item.cues || prescription.notes ? (
        <details className="text-sm">
          <summary className="flex min-h-11 cursor-pointer items-center text-muted">How to do it</summary>
          {item.cues ? <p>{item.cues}</p> : null}
          {prescription.notes ? <p className="mt-1 text-muted">Coach: {prescription.notes}</p> : null}
        </details>
      ) : null}
      <ol className="divide-y divide-border">
        {Array.from({ length: rows }, (_, index) => index + 1).map((number) => {
          const logged = live.find((entry) => entry.set_number === number);
          const previous = previousSets.find((entry) => entry.set_number === number)?.text ?? null;
          return (
            <SetRow
              key={`${number}-${logged?.id ?? 'new'}`}
              number={number}
              measurement={measurement}
              unit={unit}
              defaults={defaults}
              previous={previous}
              logged={logged}
              onRemove={onRemove}
              onSave={(values) => {
                void onSave({ exerciseId: item.exercise_id!, key: item.key!, setNumber: number, existing: logged }, values);
                if (values.status === 'done') startRest(restSeconds, item.name!);
              }}
            />
          );
        })}
      </ol>
      <Button variant="ghost" className="self-start" onClick={() => setExtra(extra + 1)}>
        + Add a set
      </Button>
      <label className="flex flex-col gap-1 text-sm text-muted">
        Note on {item.name}
        <textarea
          className="min-h-11 rounded-lg border border-border bg-surface px-3 py-2 text-base text-foreground"
          rows={1}
          defaultValue={note}
          onBlur={(event) => event.target.value !== note && onNote(event.target.value)}
        />
      </label>
    </Card>
  );
}
