import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { mayHaveSession } from '@/lib/csrf';
import type { components } from '@/lib/api-schema';

export type Me = Required<components['schemas']['Me']>;
export type Role = 'owner' | 'admin' | 'trainer' | 'client';

// The last account this browser signed in as: an installed app opened (or reloaded) without a
// connection still knows who is signed in, so that the client can log their workout offline.
const LAST_ME = 'fitnesscrm-me';

function lastMe(): Me | null {
  try {
    return JSON.parse(localStorage.getItem(LAST_ME) ?? 'null') as Me | null;
  } catch {
    return null;
  }
}

/** The signed-in account, or null when nobody is signed in (offline: the account last signed in). */
export async function getMe(): Promise<Me | null> {
  // A signed-out visit makes no request that could only fail (and log a 401 in the console).
  if (!mayHaveSession()) {
    localStorage.removeItem(LAST_ME);
    return null;
  }
  try {
    return unwrap(await api.GET('/api/auth/me')) as Me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    const offline = error instanceof ApiError && error.status === 0 ? lastMe() : null;
    if (offline) return offline;
    throw error;
  }
}

export const meQueryOptions = () =>
  // networkMode 'always': offline, the query runs and answers from the last account instead of waiting.
  queryOptions({ queryKey: ['auth', 'me'], queryFn: getMe, staleTime: 5 * 60_000, networkMode: 'always' });

export function useMe() {
  const me = useQuery(meQueryOptions());
  // Signing in, signing up and editing the account set the data directly: remember whatever it becomes.
  useEffect(() => {
    if (me.data) localStorage.setItem(LAST_ME, JSON.stringify(me.data));
    else if (me.data === null) localStorage.removeItem(LAST_ME);
  }, [me.data]);
  return me;
}

/** The studio's country (ISO code): phone numbers of that country are shown in national format. */
export function useStudioCountry(): string | undefined {
  return useMe().data?.organization?.country;
}

export const isManager = (me: Pick<Me, 'role'> | null | undefined) => me?.role === 'owner' || me?.role === 'admin';
export const isStaff = (me: Pick<Me, 'role'> | null | undefined) => isManager(me) || me?.role === 'trainer';
