import { describe, expect, test } from 'vitest';
import type { PersonalRecord } from '@/features/training/api/get-client-records';
import { formatKg, formatLoad, formatWorkoutDuration, inUnit, recordFigure, recordSentence } from '@/features/training/components/progress/training-format';

const record = (fields: Partial<PersonalRecord>): PersonalRecord => ({
  kind: 'best_e1rm',
  label: 'Best e1RM',
  value: 112.5,
  previous_value: null,
  load_kg: 100,
  load_value: 100,
  load_unit: 'kg',
  reps: 5,
  achieved_at: '2026-03-12T18:00:00Z',
  ...fields,
});

describe('training-format', () => {
  test('loads read as people write them', () => {
    expect(formatLoad(112.5, 'kg')).toBe('112.5 kg');
    expect(formatLoad(225, 'lb')).toBe('225 lb');
    expect(formatLoad(null, 'kg')).toBe('—');
  });

  test('kilograms are shown in the unit the set was logged in', () => {
    expect(inUnit(102.058, 'lb')).toBe(225);
    expect(formatKg(108.061, 'lb')).toBe('238.2 lb');
    expect(formatKg(112.5, null)).toBe('112.5 kg');
  });

  test('each kind of record as a figure', () => {
    expect(recordFigure(record({}))).toBe('112.5 kg (100 kg × 5)');
    expect(recordFigure(record({ kind: 'heaviest_load', value: 102.058, load_kg: 102.058, load_value: 225, load_unit: 'lb', reps: 3 }))).toBe('225 lb × 3');
    expect(recordFigure(record({ kind: 'most_reps_at_load', value: 8, load_value: 62.5, reps: 8 }))).toBe('8 reps at 62.5 kg');
  });

  test('a record as a sentence, dated in the viewer’s zone', () => {
    // 23:30 UTC on 12 March is already 13 March in Sydney.
    const late = record({ achieved_at: '2026-03-12T23:30:00Z' });
    expect(recordSentence(late, 'UTC')).toMatch(/^Best e1RM: 112\.5 kg \(100 kg × 5\), .*12/);
    expect(recordSentence(late, 'Australia/Sydney')).toMatch(/13/);
  });
});

describe('formatWorkoutDuration', () => {
  test('reads minutes, hours past the hour, at least a minute, and nothing without a duration', () => {
    expect(formatWorkoutDuration(45 * 60)).toBe('45 min');
    expect(formatWorkoutDuration(65 * 60 + 20)).toBe('1 h 5 min');
    expect(formatWorkoutDuration(21)).toBe('1 min');
    expect(formatWorkoutDuration(null)).toBeNull();
  });
});
