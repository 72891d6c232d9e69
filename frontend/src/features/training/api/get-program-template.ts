import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ProgramTemplateDetail = Required<components['schemas']['TemplateDetail']>;
export type ProgramContent = components['schemas']['ProgramContent'];
export type ExerciseName = Required<components['schemas']['ExerciseName']>;

export async function getProgramTemplate(id: number): Promise<ProgramTemplateDetail> {
  return unwrap(await api.GET('/api/programs/{template_id}', { params: { path: { template_id: id } } })) as ProgramTemplateDetail;
}

export function useProgramTemplate(id: number) {
  return useQuery({ queryKey: ['programs', 'detail', id], queryFn: () => getProgramTemplate(id), enabled: id > 0 });
}
