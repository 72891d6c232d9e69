import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { notificationRequest, queryString } from '@/features/notification-centre/api/notification-request';
import type { PageMeta } from '@/features/messages/api/get-threads';

export type InAppNotification = { id: number; kind: string; title: string; body: string; link: string | null; created_at: string; read_at: string | null };
export type NotificationPage = { items: InAppNotification[]; meta: PageMeta };

export const NOTIFICATIONS_PER_PAGE = 20;
export const notificationListKey = ['in-app-notifications', 'list'] as const;

export function getNotifications(page: number): Promise<NotificationPage> {
  return notificationRequest('GET', `/api/notifications${queryString({ page, per_page: NOTIFICATIONS_PER_PAGE })}`);
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
