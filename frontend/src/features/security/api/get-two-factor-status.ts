import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type TwoFactorStatus = components['schemas']['TwoFactorStatus'];

export const twoFactorKey = ['security', 'two-factor'] as const;

export async function getTwoFactorStatus(): Promise<TwoFactorStatus> {
  return unwrap(await api.GET('/api/auth/two-factor')) as TwoFactorStatus;
}

/** Whether the signed-in account signs in with a code, and how many recovery codes are left. */
export function useTwoFactorStatus() {
  return useQuery({ queryKey: twoFactorKey, queryFn: getTwoFactorStatus });
}
