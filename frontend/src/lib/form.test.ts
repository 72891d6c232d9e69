import { expect, test } from 'vitest';
import { email, hasErrors, minLength, notFutureDate, required, validate } from '@/lib/form';

test('validate reports the first failing check per field', () => {
  const errors = validate(
    { name: '  ', email: 'nope', password: 'short' },
    { name: [required('Name')], email: [required('Email'), email], password: [minLength(10, 'Password')] },
  );
  expect(errors).toEqual({ name: 'Name is required.', email: 'Enter a valid email address.', password: 'Password must be at least 10 characters.' });
  expect(hasErrors(errors)).toBe(true);
});

test('optional fields pass when empty', () => {
  expect(validate({ email: '', dob: '' }, { email: [email], dob: [notFutureDate] })).toEqual({});
  expect(hasErrors({})).toBe(false);
});

test('dates in the future are refused', () => {
  expect(notFutureDate('2999-01-01')).toBe('Must not be in the future.');
  expect(notFutureDate('2000-01-01')).toBeUndefined();
});
