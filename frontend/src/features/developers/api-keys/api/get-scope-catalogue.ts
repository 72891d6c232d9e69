import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ScopeResource = components['schemas']['ScopeResource'];

export async function getScopeCatalogue(): Promise<ScopeResource[]> {
  return (unwrap(await api.GET('/api/developers/keys/scopes')) as components['schemas']['ScopeCatalogue']).resources;
}

/** The scopes a key may hold, grouped per resource (read, write), as the key dialog offers them. */
export function useScopeCatalogue() {
  return useQuery({ queryKey: ['developers', 'scopes'], queryFn: getScopeCatalogue, staleTime: Infinity });
}
