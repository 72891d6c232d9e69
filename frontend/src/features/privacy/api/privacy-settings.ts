import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type PrivacySettings = components['schemas']['PrivacySettings'];

export function usePrivacySettings() {
  return useQuery({ queryKey: ['privacy', 'settings'], queryFn: async () => unwrap(await api.GET('/api/privacy/settings')) as PrivacySettings });
}

export function useUpdatePrivacySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PrivacySettings) => unwrap(await api.PUT('/api/privacy/settings', { body })) as PrivacySettings,
    onSuccess: (settings) => queryClient.setQueryData(['privacy', 'settings'], settings),
  });
}
