import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export const unreadNotificationsKey = ['in-app-notifications', 'unread-count'] as const;

export async function getUnreadNotificationCount(): Promise<{ count: number }> {
  return unwrap(await api.GET('/api/notifications/unread-count'));
}

/** How many notifications wait unread: the bell's number (kept live by the socket). */
export function useUnreadNotificationCount() {
  return useQuery({ queryKey: unreadNotificationsKey, queryFn: getUnreadNotificationCount, staleTime: 5 * 60_000, select: (data) => data.count });
}
