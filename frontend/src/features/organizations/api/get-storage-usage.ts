import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type StorageUsage = Required<components['schemas']['StorageUsage']>;
export type KindUsage = Required<components['schemas']['KindUsage']>;

export const storageUsageKey = ['organization', 'storage'] as const;

export async function getStorageUsage(): Promise<StorageUsage> {
  return unwrap(await api.GET('/api/organization/storage')) as StorageUsage;
}

/** The studio's stored bytes against its quota, per kind of file (owners and admins). */
export function useStorageUsage() {
  return useQuery({ queryKey: storageUsageKey, queryFn: getStorageUsage });
}
