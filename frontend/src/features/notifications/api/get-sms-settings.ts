import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SmsSettings = components['schemas']['SmsSettings'];

export const smsSettingsKey = ['sms', 'settings'] as const;

export async function getSmsSettings(): Promise<SmsSettings> {
  return unwrap(await api.GET('/api/sms/settings')) as SmsSettings;
}

/** The studio's texting set-up: its number, whether the server can text, where Twilio should call (owners and admins). */
export function useSmsSettings() {
  return useQuery({ queryKey: smsSettingsKey, queryFn: getSmsSettings });
}
