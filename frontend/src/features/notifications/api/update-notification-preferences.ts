import { useMutation, useQueryClient } from '@tanstack/react-query';
import { preferencesQueryKey, type NotificationPreference } from '@/features/notifications/api/get-notification-preferences';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type PreferencesInput = components['schemas']['PreferencesUpdate'];

export async function updateNotificationPreferences(body: PreferencesInput): Promise<NotificationPreference[]> {
  return unwrap(await api.PUT('/api/notification-preferences', { body })) as NotificationPreference[];
}

/** Turns topics on or off for the signed-in person's email; answers the preferences as they now are. */
export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateNotificationPreferences, onSuccess: (saved) => queryClient.setQueryData(preferencesQueryKey, saved) });
}
