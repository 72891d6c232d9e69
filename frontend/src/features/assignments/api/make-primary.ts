import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function makePrimary({ clientId, trainerId }: { clientId: number; trainerId: number }): Promise<void> {
  unwrap(
    await api.PATCH('/api/clients/{client_id}/assignments/{trainer_id}', {
      params: { path: { client_id: clientId, trainer_id: trainerId } },
      body: { is_primary: true },
    }),
  );
}

export function useMakePrimary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: makePrimary,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['clients', 'activity', 'assignments'].includes(String(query.queryKey[0])) }),
  });
}
