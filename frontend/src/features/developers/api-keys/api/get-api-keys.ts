import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyPage = components['schemas']['ApiKeyPage'];
export type ApiKeyQuery = { page: number; per_page: number; include_revoked: boolean };

export const apiKeysKey = ['developers', 'api-keys'] as const;

export async function getApiKeys(query: ApiKeyQuery): Promise<ApiKeyPage> {
  return unwrap(await api.GET('/api/developers/keys', { params: { query } })) as ApiKeyPage;
}

/** The studio's API keys, newest first (owners and admins); never the keys themselves. */
export function useApiKeys(query: ApiKeyQuery) {
  return useQuery({ queryKey: [...apiKeysKey, query], queryFn: () => getApiKeys(query), placeholderData: keepPreviousData });
}
