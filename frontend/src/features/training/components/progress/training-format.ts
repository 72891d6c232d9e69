import type { PersonalRecord } from '@/features/training/api/get-client-records';

const KG_PER_LB = 0.45359237;

export type LoadUnit = 'kg' | 'lb';

/** Kilograms in `unit`, as a number rounded the way people read a bar: one decimal at most. */
export function inUnit(kilograms: number, unit: LoadUnit): number {
  const value = unit === 'lb' ? kilograms / KG_PER_LB : kilograms;
  return Math.round(value * 10) / 10;
}

/** "112.5 kg", "225 lb". */
export function formatLoad(value: number | null | undefined, unit: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${(Math.round(value * 10) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 })} ${unit ?? 'kg'}`;
}

/** A kilogram figure in the unit the set was logged in: "238.2 lb" for an e1RM of a set logged in pounds. */
export function formatKg(kilograms: number | null | undefined, unit: string | null | undefined): string {
  if (kilograms === null || kilograms === undefined) return '—';
  const shown: LoadUnit = unit === 'lb' ? 'lb' : 'kg';
  return formatLoad(inUnit(kilograms, shown), shown);
}

/** "12 Mar" this year, "12 Mar 2025" before, in `timeZone`. */
export function formatShortDate(value: string, timeZone?: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  const zone = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : timeZone;
  const thisYear = new Date().toLocaleDateString('en-CA', { timeZone: zone, year: 'numeric' }) === date.toLocaleDateString('en-CA', { timeZone: zone, year: 'numeric' });
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: thisYear ? undefined : 'numeric', timeZone: zone });
}

/** What a record is, in the unit it was lifted in: "225 lb × 3", "112.5 kg (100 kg × 5)", "8 reps at 62.5 kg". */
export function recordFigure(record: PersonalRecord): string {
  const unit = record.load_unit ?? 'kg';
  const load = formatLoad(record.load_value ?? record.load_kg, unit);
  if (record.kind === 'heaviest_load') return `${load} × ${record.reps}`;
  if (record.kind === 'best_e1rm') return `${formatKg(record.value, unit)} (${load} × ${record.reps})`;
  return `${record.reps} reps at ${load}`;
}

/** "Best e1RM: 112.5 kg (100 kg × 5), 12 Mar": one record as a sentence. */
export function recordSentence(record: PersonalRecord, timeZone?: string): string {
  return `${record.label}: ${recordFigure(record)}, ${formatShortDate(record.achieved_at, timeZone)}`;
}

/** How long a workout took, in minutes for people ("45 min", "1 h 5 min"); None without a duration. */
export function formatWorkoutDuration(seconds: number | null | undefined): string | null {
  if (!seconds) return null;
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}
