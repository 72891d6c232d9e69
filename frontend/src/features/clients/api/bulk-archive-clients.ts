import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function bulkArchiveClients(ids: number[]): Promise<{ archived: number }> {
  return unwrap(await api.POST('/api/clients/bulk-archive', { body: { ids } })) as { archived: number };
}

export function useBulkArchiveClients() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkArchiveClients,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) }),
  });
}
