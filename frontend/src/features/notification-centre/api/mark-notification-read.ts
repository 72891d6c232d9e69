import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { notificationListKey, type InAppNotification, type NotificationPage } from '@/features/notification-centre/api/get-notifications';
import { unreadNotificationsKey } from '@/features/notification-centre/api/get-unread-notification-count';
import { api, unwrap } from '@/lib/api-client';

type Pages = InfiniteData<NotificationPage, number>;

/** The list with one notification replaced (or every unread one marked read, when `all`). */
export function markInList(data: Pages | undefined, change: { notification: InAppNotification } | { all: string }): Pages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => ('all' in change ? (item.read_at ? item : { ...item, read_at: change.all }) : item.id === change.notification.id ? change.notification : item)),
    })),
  };
}

/** A new notification on top of the list, once. */
export function prependToList(data: Pages | undefined, notification: InAppNotification): Pages | undefined {
  if (!data || data.pages.some((page) => page.items.some((item) => item.id === notification.id))) return data;
  const [first, ...rest] = data.pages;
  if (!first) return data;
  return { ...data, pages: [{ ...first, items: [notification, ...first.items] }, ...rest] };
}

export async function markNotificationRead(id: number): Promise<InAppNotification> {
  return unwrap(await api.POST('/api/notifications/{notification_id}/read', { params: { path: { notification_id: id } } }));
}

export async function markAllNotificationsRead(): Promise<{ count: number }> {
  return unwrap(await api.POST('/api/notifications/read-all'));
}

/** Marks one notification read (opening it does); the bell counts one fewer. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: (notification, _id) => {
      const wasUnread = queryClient
        .getQueryData<Pages>(notificationListKey)
        ?.pages.some((page) => page.items.some((item) => item.id === notification.id && !item.read_at));
      queryClient.setQueryData<Pages>(notificationListKey, (data) => markInList(data, { notification }));
      if (wasUnread) queryClient.setQueryData<{ count: number }>(unreadNotificationsKey, (count) => (count ? { count: Math.max(0, count.count - 1) } : count));
    },
  });
}

/** Marks every notification read. */
export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: (answer) => {
      queryClient.setQueryData<Pages>(notificationListKey, (data) => markInList(data, { all: new Date().toISOString() }));
      queryClient.setQueryData(unreadNotificationsKey, { count: answer.count });
    },
  });
}
