import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ErasureStatus = Required<components['schemas']['ErasureStatus']>;

export function useErasureStatus(clientId: number, enabled = true) {
  return useQuery({
    queryKey: ['clients', 'erasure', clientId],
    queryFn: async () => unwrap(await api.GET('/api/clients/{client_id}/erasure', { params: { path: { client_id: clientId } } })) as ErasureStatus,
    enabled,
  });
}

/** Erase a client for good, confirmed by their full name typed. */
export function useEraseClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ clientId, confirmation }: { clientId: number; confirmation: string }) =>
      unwrap(await api.POST('/api/clients/{client_id}/erasure', { params: { path: { client_id: clientId } }, body: { confirmation } })) as ErasureStatus,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) }),
  });
}
