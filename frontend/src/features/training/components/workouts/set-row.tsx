import { useState } from 'react';
import type { LocalSet } from '@/features/training/components/workouts/offline-store';
import { setText } from '@/features/training/components/workouts/set-text';
import type { SetValues } from '@/features/training/components/workouts/use-workout-log';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/cn';

export type Measurement = 'reps' | 'reps_load' | 'time' | 'distance' | 'time_distance';
export type SetDefaults = { reps: number | null; load: number | null; duration: number | null; distance: number | null };

const inputClass =
  'block min-h-11 w-full min-w-0 rounded-lg border border-border bg-surface px-2 text-center text-base tabular-nums text-foreground placeholder:text-muted';

type Props = {
  number: number;
  measurement: Measurement;
  unit: 'kg' | 'lb';
  defaults: SetDefaults;
  previous: string | null;
  logged?: LocalSet;
  onSave: (values: SetValues) => void;
  onRemove: (item: LocalSet) => void;
};

const parse = (text: string, fallback: number | null, whole: boolean): number | null => {
  const value = text.trim() === '' ? fallback : Number(text.replace(',', '.'));
  if (value === null || !Number.isFinite(value) || value < 0) return null;
  return whole ? Math.round(value) : value;
};

/** One set: what to type (by how the exercise is measured), done or skipped; once logged, what was done. */
export function SetRow({ number, measurement, unit, defaults, previous, logged, onSave, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const [reps, setReps] = useState(logged?.reps?.toString() ?? '');
  const [load, setLoad] = useState(logged?.load_value?.toString() ?? '');
  const [seconds, setSeconds] = useState(logged?.duration_seconds?.toString() ?? '');
  const [metres, setMetres] = useState(logged?.distance_m?.toString() ?? '');
  const [rpe, setRpe] = useState(logged?.rpe?.toString() ?? '');
  const uses = {
    reps: measurement === 'reps' || measurement === 'reps_load',
    load: measurement === 'reps_load',
    time: measurement === 'time' || measurement === 'time_distance',
    distance: measurement === 'distance' || measurement === 'time_distance',
  };
  const save = (status: 'done' | 'skipped') => {
    const loadValue = uses.load ? parse(load, defaults.load, false) : null;
    const rpeValue = parse(rpe, null, false);
    onSave({
      status,
      reps: uses.reps ? parse(reps, defaults.reps, true) : null,
      load_value: loadValue,
      load_unit: loadValue !== null ? unit : null,
      duration_seconds: uses.time ? parse(seconds, defaults.duration, true) : null,
      distance_m: uses.distance ? parse(metres, defaults.distance, false) : null,
      rpe: rpeValue !== null ? Math.min(10, Math.max(1, Math.round(rpeValue * 2) / 2)) : null,
    });
    setEditing(false);
  };
  const header = (
    <div className="flex items-center justify-between gap-2 text-sm">
      <span className="font-semibold">Set {number}</span>
      {previous ? <span className="truncate text-muted">Last time: {previous}</span> : null}
    </div>
  );

  if (logged && !logged.deleted && !editing) {
    return (
      <li className="flex flex-col gap-1 py-2" data-testid="logged-set">
        {header}
        <div className="flex items-center gap-2">
          <span className={cn('flex-1 rounded-lg px-3 py-2 font-semibold', logged.status === 'done' ? 'bg-primary-soft text-primary-text' : 'bg-surface-muted text-muted')}>
            {logged.status === 'done' ? '✓ ' : ''}
            {setText(logged)}
          </span>
          {logged.pending === 1 ? <span className="text-xs text-muted" title="Saved on this phone; waiting to sync">Waiting</span> : null}
          {logged.pending === 2 ? <span className="text-xs text-danger" title={logged.error}>Not saved</span> : null}
          <Button variant="ghost" onClick={() => setEditing(true)}>
            Change
          </Button>
          <Button variant="ghost" aria-label={`Remove set ${number}`} onClick={() => onRemove(logged)}>
            ✕
          </Button>
        </div>
      </li>
    );
  }

  const field = (label: string, value: string, change: (text: string) => void, placeholder: number | null, mode: 'numeric' | 'decimal') => (
    <label className="flex min-w-0 flex-col gap-1 text-xs text-muted">
      {label}
      <input
        className={inputClass}
        inputMode={mode}
        enterKeyHint="done"
        autoComplete="off"
        value={value}
        placeholder={placeholder === null ? '' : String(placeholder)}
        onChange={(event) => change(event.target.value)}
        aria-label={`Set ${number} ${label}`}
      />
    </label>
  );
  return (
    <li className="flex flex-col gap-2 py-2">
      {header}
      <div className="grid grid-cols-[repeat(auto-fit,minmax(3.5rem,1fr))] items-end gap-2">
        {uses.reps ? field('Reps', reps, setReps, defaults.reps, 'numeric') : null}
        {uses.load ? field(unit, load, setLoad, defaults.load, 'decimal') : null}
        {uses.time ? field('Seconds', seconds, setSeconds, defaults.duration, 'numeric') : null}
        {uses.distance ? field('Metres', metres, setMetres, defaults.distance, 'decimal') : null}
        {field('RPE', rpe, setRpe, null, 'decimal')}
      </div>
      <div className="grid grid-cols-[2fr_1fr] gap-2">
        <Button onClick={() => save('done')} aria-label={`Set ${number} done`}>
          Done
        </Button>
        <Button variant="secondary" onClick={() => save('skipped')} aria-label={`Skip set ${number}`}>
          Skip
        </Button>
      </div>
    </li>
  );
}
