import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ProgramTemplateDetail } from '@/features/training/api/get-program-template';

/** Archive a template, or restore an archived one. */
export function useArchiveProgramTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, archive }: { id: number; archive: boolean }) => {
      const params = { path: { template_id: id } };
      const result = archive
        ? await api.POST('/api/programs/{template_id}/archive', { params })
        : await api.POST('/api/programs/{template_id}/restore', { params });
      return unwrap(result) as ProgramTemplateDetail;
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(['programs', 'detail', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['programs', 'list'] });
    },
  });
}
