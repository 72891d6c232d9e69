import { describe, expect, it } from 'vitest';
import { checkExercise } from '@/features/training/components/exercises/exercise-form';

describe('checkExercise', () => {
  const good = { name: 'Landmine Press', primary_muscles: ['shoulders' as const], video_url: '' };

  it('accepts a named exercise with a primary muscle and no video', () => {
    expect(checkExercise(good)).toEqual({});
  });

  it('asks for a name and a primary muscle', () => {
    expect(checkExercise({ ...good, name: '  ', primary_muscles: [] })).toEqual({
      name: 'Name is required.',
      primary_muscles: 'Choose at least one primary muscle.',
    });
  });

  it('accepts only http(s) video links', () => {
    expect(checkExercise({ ...good, video_url: 'https://example.com/v' })).toEqual({});
    expect(checkExercise({ ...good, video_url: 'ftp://example.com/v' }).video_url).toMatch(/http/);
    expect(checkExercise({ ...good, video_url: 'javascript:alert(1)' }).video_url).toMatch(/http/);
  });
});
