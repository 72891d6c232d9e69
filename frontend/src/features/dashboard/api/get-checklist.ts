import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Checklist = components['schemas']['Checklist'];
export type ChecklistStepKey = Checklist['steps'][number]['key'];

export async function getChecklist(): Promise<Checklist> {
  return unwrap(await api.GET('/api/dashboard/checklist'));
}

/** The first-run checklist (owners and admins). */
export function useChecklist({ enabled }: { enabled: boolean }) {
  return useQuery({ queryKey: ['dashboard', 'checklist'], queryFn: getChecklist, enabled });
}

/** Hide the checklist for the whole studio, or show it again. */
export function useUpdateChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (dismissed: boolean) => unwrap(await api.PUT('/api/dashboard/checklist', { body: { dismissed } })),
    onSuccess: (checklist) => queryClient.setQueryData(['dashboard', 'checklist'], checklist),
  });
}
