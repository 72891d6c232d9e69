import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useEffect } from 'react';
import { notificationListKey, type InAppNotification, type NotificationPage } from '@/features/notification-centre/api/get-notifications';
import { unreadNotificationsKey } from '@/features/notification-centre/api/get-unread-notification-count';
import { prependToList } from '@/features/notification-centre/api/mark-notification-read';
import { onReconnect, useRealtimeEvent } from '@/lib/realtime';

type NotificationEvent = { notification: InAppNotification; unread_count: number };

/** The socket's `notification` events into the bell's count and the panel's list (mounted by the layouts). */
export function useNotificationsLive() {
  const queryClient = useQueryClient();
  useRealtimeEvent<NotificationEvent>('notification', ({ notification, unread_count }) => {
    queryClient.setQueryData(unreadNotificationsKey, { count: unread_count });
    queryClient.setQueryData<InfiniteData<NotificationPage, number>>(notificationListKey, (data) => prependToList(data, notification));
  });
  useEffect(() => onReconnect(() => void queryClient.invalidateQueries({ queryKey: ['in-app-notifications'] })), [queryClient]);
}
