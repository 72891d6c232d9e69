import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ProgramComparison = Required<components['schemas']['Comparison']>;

export function useCompareProgramVersions(id: number, from: number, to: number) {
  return useQuery({
    queryKey: ['programs', 'compare', id, from, to],
    queryFn: async () =>
      unwrap(await api.GET('/api/programs/{template_id}/compare', { params: { path: { template_id: id }, query: { from, to } } })) as ProgramComparison,
    enabled: id > 0 && from > 0 && to > 0 && from !== to,
  });
}
