import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type ProgramTemplate = Required<components['schemas']['Template']>;
export type ProgramTemplatePage = { items: ProgramTemplate[]; meta: Required<components['schemas']['PageMeta']> };
export type ProgramTemplateQuery = NonNullable<paths['/api/programs']['get']['parameters']['query']>;

export async function getProgramTemplates(query: ProgramTemplateQuery): Promise<ProgramTemplatePage> {
  return unwrap(await api.GET('/api/programs', { params: { query } })) as ProgramTemplatePage;
}

export function useProgramTemplates(query: ProgramTemplateQuery) {
  return useQuery({ queryKey: ['programs', 'list', query], queryFn: () => getProgramTemplates(query), placeholderData: keepPreviousData });
}
