import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type NotificationPreference = Required<components['schemas']['Preference']>;

export const preferencesQueryKey = ['notification-preferences'] as const;

export async function getNotificationPreferences(): Promise<NotificationPreference[]> {
  return unwrap(await api.GET('/api/notification-preferences')) as NotificationPreference[];
}

/** Which notifications the signed-in person receives by email, one row per topic. */
export function useNotificationPreferences() {
  return useQuery({ queryKey: preferencesQueryKey, queryFn: getNotificationPreferences });
}
