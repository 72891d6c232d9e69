import createClient from 'openapi-fetch';
import { env } from '@/config/env';
import type { paths } from '@/lib/api-schema';
import { networkError, toApiError } from '@/lib/api-error';
import { csrfHeaderFor } from '@/lib/csrf';

type Listener = () => void;
const sessionLostListeners = new Set<Listener>();

/** Called when the session cannot be renewed: the app sends the user to sign in and back. */
export function onSessionLost(listener: Listener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

// The sign-in steps answer 401 for a wrong code or an expired step: a form error, not a lost session.
const NO_REFRESH = ['/api/auth/login', '/api/auth/login/two-factor', '/api/auth/login/two-factor/setup', '/api/auth/login/two-factor/enable', '/api/auth/signup', '/api/auth/refresh', '/api/invitations/accept', '/api/invitations/preview'];

function withCsrf(request: Request): Request {
  const headers = new Headers(request.headers);
  for (const [key, value] of Object.entries(csrfHeaderFor(request.method, request.url))) headers.set(key, value);
  return new Request(request, { headers, credentials: 'same-origin' });
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time, however many requests found their token expired together. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch(`${env.apiUrl}/api/auth/refresh`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: csrfHeaderFor('POST', '/api/auth/refresh'),
  })
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

async function isTokenExpired(response: Response): Promise<boolean> {
  if (response.status !== 401) return false;
  const body = await response.clone().json().catch(() => null);
  return body?.error?.code === 'token_expired';
}

/**
 * fetch with the CSRF header, and on an expired access token one silent refresh and one retry;
 * a 401 that cannot be cured tells the app the session is lost.
 */
export async function sessionFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  let response: Response;
  try {
    response = await fetch(withCsrf(input));
  } catch {
    throw networkError();
  }
  const path = new URL(input.url, window.location.origin).pathname;
  if (response.status !== 401 || NO_REFRESH.includes(path)) return response;
  if ((await isTokenExpired(response)) && (await refreshSession())) {
    try {
      response = await fetch(withCsrf(retry));
    } catch {
      throw networkError();
    }
  }
  if (response.status === 401 && path !== '/api/auth/me') reportSessionLost();
  return response;
}

/** Tell the app the session cannot be renewed (a request outside `sessionFetch`, such as an upload, found out). */
export function reportSessionLost(): void {
  sessionLostListeners.forEach((listener) => listener());
}

export const api = createClient<paths>({ baseUrl: env.apiUrl, fetch: sessionFetch });

/** The body of a successful openapi-fetch result, or the API's error thrown as an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as T;
}

/** Downloads a server file (CSV export) through the session, keeping the server's file name. */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  const response = await sessionFetch(new Request(`${env.apiUrl}${path}`, { credentials: 'same-origin' }));
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = decodeURIComponent(name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return link.download;
}
