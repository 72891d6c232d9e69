import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ProgramTemplateDetail } from '@/features/training/api/get-program-template';

export function useDuplicateProgramTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST('/api/programs/{template_id}/duplicate', { params: { path: { template_id: id } } })) as ProgramTemplateDetail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['programs', 'list'] }),
  });
}
