import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientDetail } from '@/features/clients/api/get-client';
import { api, unwrap } from '@/lib/api-client';

export async function archiveClient(clientId: number): Promise<ClientDetail> {
  return unwrap(await api.POST('/api/clients/{client_id}/archive', { params: { path: { client_id: clientId } } })) as ClientDetail;
}

export async function restoreClient(clientId: number): Promise<ClientDetail> {
  return unwrap(await api.POST('/api/clients/{client_id}/restore', { params: { path: { client_id: clientId } } })) as ClientDetail;
}

/** Archive (soft delete) or restore one client. */
export function useArchiveClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clientId, restore }: { clientId: number; restore?: boolean }) => (restore ? restoreClient(clientId) : archiveClient(clientId)),
    onSuccess: (client) => {
      queryClient.setQueryData(['clients', 'detail', client.id], client);
      return queryClient.invalidateQueries({ predicate: (query) => ['clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) });
    },
  });
}
