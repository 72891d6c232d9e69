import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { getMe } from '@/features/auth/api/get-me';
import { api } from '@/lib/api-client';

const clearCookie = (name: string) => (document.cookie = `${name}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`);
const refused = () => ({ error: { error: { code: 'session_ended', message: 'Sign in again.' } }, response: new Response(null, { status: 401 }) });

beforeEach(() => {
  clearCookie('csrf_access_token');
  clearCookie('csrf_refresh_token');
});
afterEach(() => {
  vi.restoreAllMocks();
});

test('a signed-out browser is nobody, without asking the server', async () => {
  const get = vi.spyOn(api, 'GET');
  expect(await getMe()).toBeNull();
  expect(get).not.toHaveBeenCalled();
});

test('a browser with session cookies asks the server, and a refused session is nobody', async () => {
  document.cookie = 'csrf_refresh_token=refresh-csrf; path=/';
  const get = vi.spyOn(api, 'GET').mockResolvedValue(refused() as never);
  expect(await getMe()).toBeNull();
  expect(get).toHaveBeenCalledWith('/api/auth/me');
});
