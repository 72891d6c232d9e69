import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiKeysKey } from '@/features/developers/api-keys/api/get-api-keys';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ApiKeyInput = components['schemas']['ApiKeyCreate'];
export type CreatedApiKey = components['schemas']['ApiKeyCreated'];

export async function createApiKey(body: ApiKeyInput): Promise<CreatedApiKey> {
  return unwrap(await api.POST('/api/developers/keys', { body })) as CreatedApiKey;
}

/** Makes a key; the answer carries the key itself, which the server never shows again. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createApiKey, onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }) });
}
