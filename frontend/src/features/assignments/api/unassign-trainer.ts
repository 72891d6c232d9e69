import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function unassignTrainer({ clientId, trainerId }: { clientId: number; trainerId: number }): Promise<void> {
  unwrap(await api.DELETE('/api/clients/{client_id}/assignments/{trainer_id}', { params: { path: { client_id: clientId, trainer_id: trainerId } } }));
}

export function useUnassignTrainer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unassignTrainer,
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (query) => ['clients', 'trainers', 'dashboard', 'activity', 'assignments'].includes(String(query.queryKey[0])) }),
  });
}
