import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type AssignProgramInput = components['schemas']['Assign'];
export type Assigned = Required<components['schemas']['Assigned']>;

export function useAssignProgram(templateId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AssignProgramInput) =>
      unwrap(await api.POST('/api/programs/{template_id}/assign', { params: { path: { template_id: templateId } }, body })) as Assigned,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['client-programs'] }),
  });
}
