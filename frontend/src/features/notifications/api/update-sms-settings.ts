import { useMutation, useQueryClient } from '@tanstack/react-query';
import { smsSettingsKey, type SmsSettings } from '@/features/notifications/api/get-sms-settings';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SmsSettingsInput = components['schemas']['SmsSettingsUpdate'];

export async function updateSmsSettings(body: SmsSettingsInput): Promise<SmsSettings> {
  return unwrap(await api.PUT('/api/sms/settings', { body })) as SmsSettings;
}

/** Sets or clears the number the studio texts from (owners); answers the settings as they now are. */
export function useUpdateSmsSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateSmsSettings, onSuccess: (saved) => queryClient.setQueryData(smsSettingsKey, saved) });
}
