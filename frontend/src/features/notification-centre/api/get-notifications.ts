import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type InAppNotification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];

export const NOTIFICATIONS_PER_PAGE = 20;
export const notificationListKey = ['in-app-notifications', 'list'] as const;

export async function getNotifications(page: number): Promise<NotificationPage> {
  return unwrap(await api.GET('/api/notifications', { params: { query: { page, per_page: NOTIFICATIONS_PER_PAGE } } }));
}

export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: notificationListKey,
    queryFn: ({ pageParam }) => getNotifications(pageParam),
    initialPageParam: 1,
    getNextPageParam: (last: NotificationPage) => (last.meta.has_next ? last.meta.page + 1 : undefined),
  });

/** The signed-in person's notifications, newest first (fetched when the panel opens). */
export function useNotifications(enabled: boolean) {
  return useInfiniteQuery({ ...notificationsQueryOptions(), enabled });
}
