import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';
import type { ProgramTemplateDetail } from '@/features/training/api/get-program-template';

export type ProgramTemplateInput = components['schemas']['TemplateSave'];

/** Create a template (no id) or save the whole template (a changed document becomes a new version). */
export async function saveProgramTemplate(id: number | null, body: ProgramTemplateInput): Promise<ProgramTemplateDetail> {
  if (id === null) {
    // A new template has no version to start from.
    const created = { ...body };
    delete created.base_version;
    return unwrap(await api.POST('/api/programs', { body: created })) as ProgramTemplateDetail;
  }
  return unwrap(await api.PUT('/api/programs/{template_id}', { params: { path: { template_id: id } }, body })) as ProgramTemplateDetail;
}

export function useSaveProgramTemplate(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgramTemplateInput) => saveProgramTemplate(id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['programs', 'detail', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['programs', 'versions', saved.id] });
    },
  });
}
