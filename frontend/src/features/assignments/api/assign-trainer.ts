import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Assignment = Required<components['schemas']['Assignment']>;

const invalidated = ['clients', 'trainers', 'dashboard', 'activity', 'assignments'];

export async function assignTrainer({ clientId, trainerId, isPrimary }: { clientId: number; trainerId: number; isPrimary: boolean }): Promise<Assignment> {
  return unwrap(
    await api.POST('/api/clients/{client_id}/assignments', {
      params: { path: { client_id: clientId } },
      body: { trainer_id: trainerId, is_primary: isPrimary },
    }),
  ) as Assignment;
}

export function useAssignTrainer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignTrainer,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => invalidated.includes(String(query.queryKey[0])) }),
  });
}
