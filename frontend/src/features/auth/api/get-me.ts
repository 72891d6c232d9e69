import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { mayHaveSession } from '@/lib/csrf';
import type { components } from '@/lib/api-schema';

export type Me = Required<components['schemas']['Me']>;
export type Role = 'owner' | 'admin' | 'trainer' | 'client';

/** The signed-in account, or null when nobody is signed in. */
export async function getMe(): Promise<Me | null> {
  // A signed-out visit makes no request that could only fail (and log a 401 in the console).
  if (!mayHaveSession()) return null;
  try {
    return unwrap(await api.GET('/api/auth/me')) as Me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: ['auth', 'me'], queryFn: getMe, staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQueryOptions());
}

/** The studio's country (ISO code): phone numbers of that country are shown in national format. */
export function useStudioCountry(): string | undefined {
  return useMe().data?.organization?.country;
}

export const isManager = (me: Pick<Me, 'role'> | null | undefined) => me?.role === 'owner' || me?.role === 'admin';
export const isStaff = (me: Pick<Me, 'role'> | null | undefined) => isManager(me) || me?.role === 'trainer';
