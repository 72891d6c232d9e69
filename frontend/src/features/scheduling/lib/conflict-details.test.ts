import { expect, test } from 'vitest';
import { conflictDetails } from '@/features/scheduling/lib/conflict-details';
import { toApiError } from '@/lib/api-error';

test('reads the session in the way and the suggested times of a 409', () => {
  const error = toApiError(409, {
    error: {
      code: 'booking_conflict',
      message: 'Daniel Kim already has a session 10:00–11:00 AM Mon 7 Jan with Zoë Ñúñez.',
      fields: {
        conflict: { session_id: 812, trainer_id: 3, starts_at: '2030-01-07T15:00:00+00:00', ends_at: '2030-01-07T16:00:00+00:00' },
        suggestions: [{ starts_at: '2030-01-07T17:00:00+00:00', ends_at: '2030-01-07T18:00:00+00:00', label: '12:00–1:00 PM Mon 7 Jan' }, { nonsense: true }],
      },
    },
  });
  expect(conflictDetails(error)).toEqual({
    conflict: { sessionId: 812, trainerId: 3, startsAt: '2030-01-07T15:00:00+00:00' },
    suggestions: [{ startsAt: '2030-01-07T17:00:00+00:00', endsAt: '2030-01-07T18:00:00+00:00', label: '12:00–1:00 PM Mon 7 Jan' }],
  });
});

test('other errors have no details', () => {
  expect(conflictDetails(toApiError(422, { error: { code: 'validation_error', message: 'x', fields: { conflict: 'x' } } }))).toEqual({ conflict: null, suggestions: [] });
  expect(conflictDetails(new Error('boom'))).toEqual({ conflict: null, suggestions: [] });
});
