import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ApiSettings = components['schemas']['ApiSettings'];

const apiSettingsKey = ['developers', 'settings'] as const;

export async function getApiSettings(): Promise<ApiSettings> {
  return unwrap(await api.GET('/api/developers/settings')) as ApiSettings;
}

export async function updateApiSettings(body: components['schemas']['ApiSettingsUpdate']): Promise<ApiSettings> {
  return unwrap(await api.PUT('/api/developers/settings', { body })) as ApiSettings;
}

/** The studio's calls per minute per key and the server's default (owners and admins). */
export function useApiSettings() {
  return useQuery({ queryKey: apiSettingsKey, queryFn: getApiSettings });
}

/** Sets the studio's calls per minute per key, or null for the server's default (owners). */
export function useUpdateApiSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateApiSettings, onSuccess: (saved) => queryClient.setQueryData(apiSettingsKey, saved) });
}
