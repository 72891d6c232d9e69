import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientDetail } from '@/features/clients/api/get-client';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

// `status` has a server default, so leaving it out is fine even though the document marks it required.
export type ClientInput = Omit<components['schemas']['ClientCreate'], 'status'> & { status?: components['schemas']['ClientCreate']['status'] };
type ClientCreateBody = components['schemas']['ClientCreate'];

export async function createClient(body: ClientInput): Promise<ClientDetail> {
  return unwrap(await api.POST('/api/clients', { body: body as ClientCreateBody })) as ClientDetail;
}

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClient,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) }),
  });
}
