import type { Exercise } from '@/features/training/api/get-exercises';

/**
 * The library's codes in the words coaches read ("lower_back" is "Lower back"). Every code the
 * API documents has a label here; the options of the filters and forms come from these maps, in
 * this order.
 */
export type Category = Exercise['category'];
export type Muscle = Exercise['primary_muscles'][number];
export type Equipment = Exercise['equipment'][number];
export type Level = NonNullable<Exercise['level']>;
export type Mechanic = NonNullable<Exercise['mechanic']>;
export type Force = NonNullable<Exercise['force']>;
export type Measurement = Exercise['measurement'];

export const CATEGORY_LABELS: Record<Category, string> = {
  strength: 'Strength',
  cardio: 'Cardio',
  mobility: 'Mobility',
  stretching: 'Stretching',
  plyometric: 'Plyometric',
  olympic_weightlifting: 'Olympic weightlifting',
  powerlifting: 'Powerlifting',
  strongman: 'Strongman',
  conditioning: 'Conditioning',
};

export const MUSCLE_LABELS: Record<Muscle, string> = {
  abdominals: 'Abdominals',
  abductors: 'Abductors',
  adductors: 'Adductors',
  biceps: 'Biceps',
  calves: 'Calves',
  chest: 'Chest',
  forearms: 'Forearms',
  glutes: 'Glutes',
  hamstrings: 'Hamstrings',
  lats: 'Lats',
  lower_back: 'Lower back',
  middle_back: 'Middle back',
  neck: 'Neck',
  obliques: 'Obliques',
  quadriceps: 'Quadriceps',
  shoulders: 'Shoulders',
  traps: 'Traps',
  triceps: 'Triceps',
};

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  barbell: 'Barbell',
  dumbbell: 'Dumbbell',
  kettlebell: 'Kettlebell',
  cable: 'Cable',
  machine: 'Machine',
  smith_machine: 'Smith machine',
  body_only: 'Body only',
  bands: 'Resistance bands',
  medicine_ball: 'Medicine ball',
  exercise_ball: 'Exercise ball',
  foam_roll: 'Foam roller',
  ez_bar: 'EZ bar',
  trap_bar: 'Trap bar',
  pull_up_bar: 'Pull-up bar',
  bench: 'Bench',
  box: 'Box',
  sled: 'Sled',
  rower: 'Rowing machine',
  bike: 'Bike',
  treadmill: 'Treadmill',
  jump_rope: 'Jump rope',
  other: 'Other',
};

export const LEVEL_LABELS: Record<Level, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };
export const MECHANIC_LABELS: Record<Mechanic, string> = { compound: 'Compound', isolation: 'Isolation' };
export const FORCE_LABELS: Record<Force, string> = { push: 'Push', pull: 'Pull', static: 'Static hold' };

export const MEASUREMENT_LABELS: Record<Measurement, string> = {
  reps: 'Reps',
  reps_load: 'Reps × load',
  time: 'Time',
  distance: 'Distance',
  time_distance: 'Time and distance',
};

/** What a coach reads about how a set is logged, in a sentence. */
export const MEASUREMENT_SENTENCES: Record<Measurement, string> = {
  reps: 'Each set is logged as a number of reps.',
  reps_load: 'Each set is logged as reps with the load lifted.',
  time: 'Each set is logged as a length of time.',
  distance: 'Each set is logged as a distance.',
  time_distance: 'Each set is logged as a time and a distance.',
};

/** `[code, label]` pairs of a label map, in its order: the options of a select. */
export function options<K extends string>(labels: Record<K, string>): [K, string][] {
  return Object.entries(labels) as [K, string][];
}

/** A list of codes as words, "Glutes, Hamstrings"; an empty list as "—". */
export function listText<K extends string>(codes: readonly K[], labels: Record<K, string>): string {
  return codes.length ? codes.map((code) => labels[code] ?? code).join(', ') : '—';
}

/** Where an exercise comes from, as a short badge text. */
export function originLabel(exercise: Pick<Exercise, 'built_in' | 'based_on_id' | 'source'>): string {
  if (exercise.built_in) return exercise.source === 'free-exercise-db' ? 'Imported' : 'Built in';
  return exercise.based_on_id ? 'Studio copy' : 'Studio’s own';
}

/** "Intermediate · Compound · Push", leaving out what the exercise does not say. */
export function profileText(exercise: Pick<Exercise, 'level' | 'mechanic' | 'force' | 'unilateral'>): string {
  const parts = [
    exercise.level ? LEVEL_LABELS[exercise.level] : null,
    exercise.mechanic ? MECHANIC_LABELS[exercise.mechanic] : null,
    exercise.force ? FORCE_LABELS[exercise.force] : null,
    exercise.unilateral ? 'One side at a time' : null,
  ];
  return parts.filter(Boolean).join(' · ') || '—';
}
