import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Organization = Required<components['schemas']['Organization']>;

export const organizationKey = ['organization'] as const;

export async function getOrganization(): Promise<Organization> {
  return unwrap(await api.GET('/api/organization')) as Organization;
}

/** The signed-in person's studio: name and time zone. */
export function useOrganization() {
  return useQuery({ queryKey: organizationKey, queryFn: getOrganization });
}
