import { expect, test } from 'vitest';
import { csrfHeaderFor, mayHaveSession, readCookie } from '@/lib/csrf';

const cookies = 'csrf_access_token=abc%3D; other=1; csrf_refresh_token=xyz';

test('reads a cookie by name', () => {
  expect(readCookie('csrf_access_token', cookies)).toBe('abc=');
  expect(readCookie('missing', cookies)).toBeUndefined();
});

test('non-GET requests carry the access CSRF token', () => {
  expect(csrfHeaderFor('POST', '/api/clients', cookies)).toEqual({ 'X-CSRF-TOKEN': 'abc=' });
  expect(csrfHeaderFor('delete', 'http://x/api/clients/1', cookies)).toEqual({ 'X-CSRF-TOKEN': 'abc=' });
});

test('the refresh call carries the refresh CSRF token', () => {
  expect(csrfHeaderFor('POST', 'http://localhost/api/auth/refresh', cookies)).toEqual({ 'X-CSRF-TOKEN': 'xyz' });
});

test('reads carry no token', () => {
  expect(csrfHeaderFor('GET', '/api/clients', cookies)).toEqual({});
});

test('a browser without the CSRF cookies has no session to ask about', () => {
  expect(mayHaveSession(cookies)).toBe(true);
  expect(mayHaveSession('csrf_refresh_token=xyz')).toBe(true);
  expect(mayHaveSession('theme=dark; other=1')).toBe(false);
  expect(mayHaveSession('')).toBe(false);
});
