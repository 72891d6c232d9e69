import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientInput } from '@/features/clients/api/create-client';
import type { ClientDetail } from '@/features/clients/api/get-client';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export async function updateClient({ clientId, body }: { clientId: number; body: Partial<ClientInput> }): Promise<ClientDetail> {
  return unwrap(await api.PATCH('/api/clients/{client_id}', { params: { path: { client_id: clientId } }, body: body as components['schemas']['ClientUpdate'] })) as ClientDetail;
}

export function useUpdateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateClient,
    onSuccess: (client) => {
      queryClient.setQueryData(['clients', 'detail', client.id], client);
      return queryClient.invalidateQueries({ predicate: (query) => ['clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) });
    },
  });
}
