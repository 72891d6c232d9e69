import type { LocalSet } from '@/features/training/components/workouts/offline-store';

const KG_PER_LB = 0.45359237;
const number = (value: number) => String(Math.round(value * 100) / 100);

export function clock(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

export const distance = (metres: number) => (metres >= 1000 ? `${number(metres / 1000)} km` : `${number(metres)} m`);

/** A set as a coach writes it, the way the server words it too: "8 × 60 kg @ RPE 8", "45 s", "Skipped". */
export function setText(item: Pick<LocalSet, 'status' | 'reps' | 'load_value' | 'load_unit' | 'duration_seconds' | 'distance_m' | 'rpe'>): string {
  if (item.status === 'skipped') return 'Skipped';
  const parts: string[] = [];
  if (item.reps !== null && item.load_value !== null) parts.push(`${item.reps} × ${number(item.load_value)} ${item.load_unit}`);
  else if (item.reps !== null) parts.push(`${item.reps} reps`);
  else if (item.load_value !== null) parts.push(`${number(item.load_value)} ${item.load_unit}`);
  if (item.distance_m !== null) parts.push(distance(item.distance_m));
  if (item.duration_seconds !== null) parts.push(`${item.distance_m !== null ? 'in ' : ''}${clock(item.duration_seconds)}`);
  const text = parts.join(' ') || 'Done';
  return item.rpe !== null ? `${text} @ RPE ${number(item.rpe)}` : text;
}

/** Reps × load in kilograms of the done sets, as the server computes a workout's total volume. */
export function totalVolumeKg(sets: LocalSet[]): number {
  return sets
    .filter((item) => !item.deleted && item.status === 'done' && item.reps !== null && item.load_value !== null)
    .reduce((sum, item) => sum + item.reps! * item.load_value! * (item.load_unit === 'lb' ? KG_PER_LB : 1), 0);
}

export const formatKg = (kilograms: number) => `${Math.round(kilograms).toLocaleString()} kg`;
