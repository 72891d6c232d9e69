import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ProgramVersion = Required<components['schemas']['Version']>;
type VersionPage = { items: ProgramVersion[]; meta: Required<components['schemas']['PageMeta']> };

export function useProgramVersions(id: number, page = 1) {
  return useQuery({
    queryKey: ['programs', 'versions', id, page],
    queryFn: async () =>
      unwrap(await api.GET('/api/programs/{template_id}/versions', { params: { path: { template_id: id }, query: { page, per_page: 25 } } })) as VersionPage,
    enabled: id > 0,
  });
}
