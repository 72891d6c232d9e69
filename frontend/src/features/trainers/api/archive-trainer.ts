import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Trainer } from '@/features/trainers/api/get-trainers';
import { api, unwrap } from '@/lib/api-client';

export async function archiveTrainer({ trainerId, restore }: { trainerId: number; restore?: boolean }): Promise<Trainer> {
  const params = { params: { path: { trainer_id: trainerId } } };
  const result = restore ? await api.POST('/api/trainers/{trainer_id}/restore', params) : await api.POST('/api/trainers/{trainer_id}/archive', params);
  return unwrap(result) as Trainer;
}

/** Archive or restore a trainer (owner, admin). */
export function useArchiveTrainer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveTrainer,
    onSuccess: (trainer) => {
      queryClient.setQueryData(['trainers', 'detail', trainer.id], trainer);
      return queryClient.invalidateQueries({ predicate: (query) => ['trainers', 'clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) });
    },
  });
}
