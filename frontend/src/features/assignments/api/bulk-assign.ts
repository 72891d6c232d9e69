import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function bulkAssign({ clientIds, trainerId }: { clientIds: number[]; trainerId: number }): Promise<{ assigned: number; skipped: number }> {
  return unwrap(await api.POST('/api/assignments/bulk', { body: { client_ids: clientIds, trainer_id: trainerId, is_primary: false } })) as { assigned: number; skipped: number };
}

export function useBulkAssign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkAssign,
    onSuccess: () =>
      queryClient.invalidateQueries({ predicate: (query) => ['clients', 'trainers', 'dashboard', 'activity', 'assignments'].includes(String(query.queryKey[0])) }),
  });
}
