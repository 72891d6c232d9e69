import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiKeysKey, type ApiKey } from '@/features/developers/api-keys/api/get-api-keys';
import { api, unwrap } from '@/lib/api-client';

export async function revokeApiKey(keyId: number): Promise<ApiKey> {
  return unwrap(await api.POST('/api/developers/keys/{key_id}/revoke', { params: { path: { key_id: keyId } } })) as ApiKey;
}

/** Stops a key working from the next request on. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeApiKey, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }) });
}
