import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ClientProgramSummary = components['schemas']['ClientProgram'];
type ClientProgramPage = { items: ClientProgramSummary[]; meta: Required<components['schemas']['PageMeta']> };

/** A client's programs, newest first. */
export function useClientPrograms(clientId: number) {
  return useQuery({
    queryKey: ['client-programs', 'list', clientId],
    queryFn: async () =>
      unwrap(await api.GET('/api/clients/{client_id}/programs', { params: { path: { client_id: clientId }, query: { per_page: 10 } } })) as ClientProgramPage,
    enabled: clientId > 0,
  });
}
