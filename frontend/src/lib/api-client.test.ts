import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { onSessionLost, sessionFetch } from '@/lib/api-client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const expired = () => json(401, { error: { code: 'token_expired', message: 'Token has expired.' } });

describe('sessionFetch', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    document.cookie = 'csrf_access_token=access-csrf; path=/';
    document.cookie = 'csrf_refresh_token=refresh-csrf; path=/';
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  test('sends the CSRF header on writes', async () => {
    fetchMock.mockResolvedValueOnce(json(201, {}));
    await sessionFetch(new Request('http://localhost/api/clients', { method: 'POST', body: '{}' }));
    const sent = fetchMock.mock.calls[0][0] as Request;
    expect(sent.headers.get('X-CSRF-TOKEN')).toBe('access-csrf');
  });

  test('an expired token is refreshed once and the request retried with its body', async () => {
    fetchMock.mockResolvedValueOnce(expired()).mockResolvedValueOnce(json(200, { access_token: 'new' })).mockResolvedValueOnce(json(201, { id: 7 }));
    const response = await sessionFetch(new Request('http://localhost/api/clients', { method: 'POST', body: '{"first_name":"A"}' }));
    expect(response.status).toBe(201);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    const [, refresh, retry] = fetchMock.mock.calls;
    expect(refresh[0]).toBe('/api/auth/refresh');
    expect((refresh[1]?.headers as Record<string, string>)['X-CSRF-TOKEN']).toBe('refresh-csrf');
    expect(await (retry[0] as Request).text()).toBe('{"first_name":"A"}');
  });

  test('requests that expire together share one refresh', async () => {
    let refreshes = 0;
    fetchMock.mockImplementation(async (input) => {
      const url = typeof input === 'string' ? input : (input as Request).url;
      if (url.endsWith('/api/auth/refresh')) {
        refreshes += 1;
        await new Promise((done) => setTimeout(done, 10));
        return json(200, {});
      }
      return refreshes === 0 ? expired() : json(200, {});
    });
    const results = await Promise.all([sessionFetch(new Request('http://localhost/api/clients')), sessionFetch(new Request('http://localhost/api/trainers'))]);
    expect(results.map((response) => response.status)).toEqual([200, 200]);
    expect(refreshes).toBe(1);
  });

  test('a session that cannot be renewed is reported as lost', async () => {
    const lost = vi.fn();
    const unsubscribe = onSessionLost(lost);
    fetchMock.mockResolvedValueOnce(expired()).mockResolvedValueOnce(json(401, { error: { code: 'token_revoked', message: 'x' } }));
    const response = await sessionFetch(new Request('http://localhost/api/clients'));
    expect(response.status).toBe(401);
    expect(lost).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  test('a wrong password at sign-in is not a lost session', async () => {
    const lost = vi.fn();
    const unsubscribe = onSessionLost(lost);
    fetchMock.mockResolvedValueOnce(json(401, { error: { code: 'invalid_credentials', message: 'Wrong email or password.' } }));
    const response = await sessionFetch(new Request('http://localhost/api/auth/login', { method: 'POST', body: '{}' }));
    expect(response.status).toBe(401);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(lost).not.toHaveBeenCalled();
    unsubscribe();
  });

  test('a network failure becomes a readable ApiError', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(sessionFetch(new Request('http://localhost/api/clients'))).rejects.toMatchObject({ code: 'network_error' });
  });
});
