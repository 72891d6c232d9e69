import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ClientProgram } from '@/features/training/api/get-client-program';

/** Bring the template's newest version into the client's weeks not yet started. */
export function useApplyTemplateVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.POST('/api/client-programs/{program_id}/apply-template-version', { params: { path: { program_id: id } } })) as ClientProgram,
    onSuccess: (program) => {
      queryClient.setQueryData(['client-programs', 'detail', program.id], program);
      void queryClient.invalidateQueries({ queryKey: ['client-programs', 'list'] });
    },
  });
}
