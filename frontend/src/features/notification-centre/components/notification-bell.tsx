import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotifications, type InAppNotification } from '@/features/notification-centre/api/get-notifications';
import { useUnreadNotificationCount } from '@/features/notification-centre/api/get-unread-notification-count';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '@/features/notification-centre/api/mark-notification-read';
import { Button } from '@/components/ui/button';
import { SidePanel } from '@/components/ui/side-panel';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { formatDateTime } from '@/lib/format';

const BellIcon = () => (
  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden className="size-5 shrink-0">
    <path d="M18 8A6 6 0 0 0 6 8c0 7-3 9-3 9h18s-3-2-3-9M13.73 21a2 2 0 0 1-3.46 0" />
  </svg>
);

/** One notification: unread dot, title, body, when; opening it follows its link and marks it read. */
function NotificationRow({ notification, timeZone, onOpen }: { notification: InAppNotification; timeZone: string; onOpen: () => void }) {
  const unread = !notification.read_at;
  return (
    <li>
      <button type="button" onClick={onOpen} className="flex w-full items-start gap-3 rounded-lg px-2 py-3 text-left hover:bg-surface-muted" data-testid="notification">
        <span className={cn('mt-1.5 size-2.5 shrink-0 rounded-full', unread ? 'bg-primary' : 'bg-transparent')} aria-hidden />
        <span className="min-w-0 flex-1">
          <span className={cn('block text-sm', unread ? 'font-bold' : 'font-medium')}>
            {notification.title}
            {unread ? <span className="sr-only"> (unread)</span> : null}
          </span>
          {notification.body ? <span className="mt-0.5 line-clamp-2 block text-sm text-muted">{notification.body}</span> : null}
          <time className="mt-1 block text-xs text-muted" dateTime={notification.created_at}>
            {formatDateTime(notification.created_at, timeZone)}
          </time>
        </span>
      </button>
    </li>
  );
}

function NotificationList({ timeZone, onClose }: { timeZone: string; onClose: () => void }) {
  const notifications = useNotifications(true);
  const markRead = useMarkNotificationRead();
  const navigate = useNavigate();
  const toast = useToast();
  if (notifications.isPending) return <Spinner label="Loading notifications…" />;
  if (notifications.isError) return <ErrorState error={notifications.error} onRetry={() => notifications.refetch()} />;
  const items = notifications.data.pages.flatMap((page) => page.items);
  if (!items.length) return <EmptyState title="Nothing new" compact>Messages, bookings and check-ins that concern you show up here.</EmptyState>;
  const open = (notification: InAppNotification) => {
    if (!notification.read_at) markRead.mutate(notification.id, { onError: (error) => toast.error(errorMessage(error)) });
    if (notification.link) {
      onClose();
      navigate(notification.link);
    }
  };
  return (
    <>
      <ul aria-label="Notifications" className="-mx-2 flex flex-col divide-y divide-border">
        {items.map((notification) => (
          <NotificationRow key={notification.id} notification={notification} timeZone={timeZone} onOpen={() => open(notification)} />
        ))}
      </ul>
      {notifications.hasNextPage ? (
        <Button variant="ghost" className="my-2" loading={notifications.isFetchingNextPage} onClick={() => notifications.fetchNextPage()}>
          Show older notifications
        </Button>
      ) : null}
    </>
  );
}

/** The bell in the top bar: how many notifications wait unread, live, and the panel that lists them. */
export function NotificationBell({ timeZone, className }: { timeZone: string; className?: string }) {
  const [open, setOpen] = useState(false);
  const count = useUnreadNotificationCount().data ?? 0;
  const markAll = useMarkAllNotificationsRead();
  const toast = useToast();
  const label = count ? `Notifications, ${count} unread` : 'Notifications';
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={label}
        className={cn('relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-muted hover:bg-surface-muted hover:text-foreground', className)}
      >
        <BellIcon />
        {count ? (
          <span className="absolute right-0.5 top-1 min-w-5 rounded-full bg-primary px-1 text-center text-[11px] font-bold leading-5 text-primary-foreground" data-testid="bell-count" aria-hidden>
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </button>
      <SidePanel open={open} onClose={() => setOpen(false)} title="Notifications">
        <div className="mb-2 flex items-center justify-between gap-2">
          <p className="text-sm text-muted">{count ? `${count} unread` : 'All read'}</p>
          <Button variant="ghost" disabled={!count} loading={markAll.isPending} onClick={() => markAll.mutate(undefined, { onError: (error) => toast.error(errorMessage(error)) })}>
            Mark all read
          </Button>
        </div>
        {open ? <NotificationList timeZone={timeZone} onClose={() => setOpen(false)} /> : null}
      </SidePanel>
    </>
  );
}
