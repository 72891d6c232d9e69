import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function bulkRestoreClients(ids: number[]): Promise<{ restored: number }> {
  return unwrap(await api.POST('/api/clients/bulk-restore', { body: { ids } })) as { restored: number };
}

export function useBulkRestoreClients() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkRestoreClients,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) }),
  });
}
