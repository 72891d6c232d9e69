import { describe, expect, test } from 'vitest';
import { ApiError, errorMessage, networkError, toApiError } from '@/lib/api-error';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

describe('toApiError', () => {
  test('reads the API error shape', () => {
    const error = toApiError(422, { error: { code: 'validation_error', message: 'Invalid input.', fields: { email: ['Not a valid email address.'] } } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation_error');
    expect(error.message).toBe('Invalid input.');
    expect(error.fieldError('email')).toBe('Not a valid email address.');
  });

  test('flattens nested and per-item field errors onto the parent field', () => {
    const error = toApiError(422, { error: { code: 'validation_error', message: 'x', fields: { tags: { 0: ['Too long.'] }, name: 'Required.' } } });
    expect(error.fields).toEqual({ tags: ['Too long.'], name: ['Required.'] });
  });

  test('keeps the structured fields as sent, beside the flattened messages', () => {
    const fields = { conflict: { session_id: 8, trainer_id: 3 }, suggestions: [{ starts_at: '2030-01-07T09:00:00+00:00' }] };
    const error = toApiError(409, { error: { code: 'booking_conflict', message: 'Taken.', fields } });
    expect(error.details).toEqual(fields);
    expect(toApiError(500, null).details).toEqual({});
  });

  test('falls back to a plain message when the body is not the API shape', () => {
    expect(toApiError(502, '<html>Bad gateway</html>').message).toMatch(/server/i);
    expect(toApiError(502, null).code).toBe('server_error');
    expect(toApiError(404, null).message).toMatch(/not found/i);
    expect(toApiError(429, undefined).message).toMatch(/too many/i);
  });
});

test('a network failure has its own code and message', () => {
  const error = networkError();
  expect(error.status).toBe(0);
  expect(error.code).toBe('network_error');
  expect(errorMessage(error)).toMatch(/can't reach the server/i);
});

test('forms show the first server message beside each field, and a summary above', () => {
  const error = toApiError(409, { error: { code: 'conflict', message: 'Email taken.', fields: { email: ['Already used.', 'Second.'] } } });
  expect(serverFieldErrors(error)).toEqual({ email: 'Already used.' });
  expect(formErrorMessage(error)).toBe('Please fix the highlighted fields.');
  expect(formErrorMessage(toApiError(401, { error: { code: 'invalid_credentials', message: 'Wrong email or password.' } }))).toBe('Wrong email or password.');
  expect(serverFieldErrors(new Error('boom'))).toEqual({});
});
