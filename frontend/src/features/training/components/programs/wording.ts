import type { ProgramContent } from '@/features/training/api/get-program-template';

// Prescriptions read the way the backend writes them in comparisons (training/programs/wording.py).
type Week = ProgramContent['weeks'][number];
type Day = NonNullable<Week['days']>[number];
type Block = NonNullable<Day['blocks']>[number];
export type Prescription = NonNullable<Block['exercises'][number]['prescription']>;

const number = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(Number(value)));

export function seconds(value: number): string {
  if (value < 120) return `${value} s`;
  const minutes = Math.floor(value / 60);
  const rest = value % 60;
  return `${minutes} min${rest ? ` ${rest} s` : ''}`;
}

export function volumeText(p: Prescription): string {
  const sets = p.sets ?? 1;
  let each = '';
  if (p.reps_min != null && p.reps_max != null) each = `${p.reps_min}–${p.reps_max}`;
  else if (p.reps != null) each = String(p.reps);
  else if (p.duration_seconds != null) each = seconds(p.duration_seconds);
  else if (p.distance_m != null) each = Number(p.distance_m) >= 1000 ? `${number(Number(p.distance_m) / 1000)} km` : `${number(p.distance_m)} m`;
  else return sets === 1 ? '1 set' : `${sets} sets`;
  return `${sets} × ${each}`;
}

export function loadText(load: Prescription['load']): string {
  if (!load) return '';
  const value = number(load.value);
  if (load.type === 'kg' || load.type === 'lb') return `at ${value} ${load.type}`;
  if (load.type === 'percent_1rm') return `at ${value}% of 1RM`;
  if (load.type === 'rpe') return `at RPE ${value}`;
  return `at ${value} RIR`;
}

/** "3 × 8–12 at 60 kg, rest 90 s". */
export function prescriptionText(p: Prescription | undefined): string {
  if (!p) return '';
  const head = [volumeText(p), loadText(p.load)].filter(Boolean).join(' ');
  return [head, p.tempo ? `tempo ${p.tempo}` : '', p.rest_seconds != null ? `rest ${seconds(p.rest_seconds)}` : ''].filter(Boolean).join(', ');
}

export function progressionText(rule: Prescription['progression']): string {
  if (!rule) return '';
  if (rule.kind === 'add_load') return `Add ${number(rule.increment)} ${rule.unit ?? 'kg'} when every set reaches the top of the range`;
  return `Add ${number(rule.increment)} rep(s) per set when every set is completed`;
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export function weekdaysText(days: number[]): string {
  return [...days].sort().map((day) => WEEKDAYS[day - 1]).join(', ');
}
