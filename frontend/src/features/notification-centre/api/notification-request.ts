import { env } from '@/config/env';
import { sessionFetch } from '@/lib/api-client';
import { toApiError } from '@/lib/api-error';

/**
 * A JSON request through the session (CSRF, one silent refresh), answering the body or throwing the
 * API's error. The notification centre's endpoints land with the backend's push part; until the
 * generated schema carries them, their types live in this folder beside each fetcher.
 */
export async function notificationRequest<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: object): Promise<T> {
  const response = await sessionFetch(
    new Request(`${env.apiUrl}${path}`, {
      method,
      credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    }),
  );
  const data = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

/** `?a=1&b=2` from the values that are set. */
export function queryString(values: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
