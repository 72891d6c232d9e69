import { describe, expect, it } from 'vitest';
import {
  EQUIPMENT_LABELS,
  listText,
  MEASUREMENT_LABELS,
  MUSCLE_LABELS,
  options,
  originLabel,
  profileText,
} from '@/features/training/components/exercises/exercise-labels';

describe('exercise labels', () => {
  it('reads codes as words people use', () => {
    expect(MUSCLE_LABELS.lower_back).toBe('Lower back');
    expect(EQUIPMENT_LABELS.body_only).toBe('Body only');
    expect(EQUIPMENT_LABELS.ez_bar).toBe('EZ bar');
    expect(MEASUREMENT_LABELS.reps_load).toBe('Reps × load');
    expect(MEASUREMENT_LABELS.time_distance).toBe('Time and distance');
  });

  it('never shows an underscore', () => {
    for (const labels of [MUSCLE_LABELS, EQUIPMENT_LABELS, MEASUREMENT_LABELS]) {
      for (const label of Object.values(labels)) expect(label).not.toMatch(/_/);
    }
  });

  it('joins a list of codes, or says there is none', () => {
    expect(listText(['glutes', 'middle_back'], MUSCLE_LABELS)).toBe('Glutes, Middle back');
    expect(listText([], MUSCLE_LABELS)).toBe('—');
  });

  it('keeps the label map order for options', () => {
    expect(options(MEASUREMENT_LABELS)[0]).toEqual(['reps', 'Reps']);
  });

  it('says where an exercise comes from', () => {
    expect(originLabel({ built_in: true, based_on_id: null, source: 'builtin' })).toBe('Built in');
    expect(originLabel({ built_in: true, based_on_id: null, source: 'free-exercise-db' })).toBe('Imported');
    expect(originLabel({ built_in: false, based_on_id: 4, source: 'custom' })).toBe('Studio copy');
    expect(originLabel({ built_in: false, based_on_id: null, source: 'custom' })).toBe('Studio’s own');
  });

  it('describes level, mechanic, force and sides, leaving out the unknown', () => {
    expect(profileText({ level: 'intermediate', mechanic: 'compound', force: 'push', unilateral: true })).toBe(
      'Intermediate · Compound · Push · One side at a time',
    );
    expect(profileText({ level: null, mechanic: null, force: 'static', unilateral: false })).toBe('Static hold');
    expect(profileText({ level: null, mechanic: null, force: null, unilateral: false })).toBe('—');
  });
});
