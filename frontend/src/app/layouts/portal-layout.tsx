import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { Brand } from '@/app/layouts/brand';
import { NavCount, PhoneNav, type NavItem } from '@/app/layouts/phone-nav';
import { ThemeToggle } from '@/app/theme-toggle';
import type { Me } from '@/features/auth/api/get-me';
import { useLogOut } from '@/features/auth/api/log-out';
import { useUnreadTotal } from '@/features/messages/api/get-unread-total';
import { useChatLive } from '@/features/messages/api/live';
import { MessagesIcon } from '@/features/messages/components/chat-icons';
import { useNotificationsLive } from '@/features/notification-centre/api/live';
import { NotificationBell } from '@/features/notification-centre/components/notification-bell';
import { BillingIcon, CheckInIcon, DocumentIcon, HabitsIcon, HomeIcon, LogOutIcon, PhotoIcon, ProgressIcon, TrainingIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { useRealtimeConnection } from '@/lib/realtime';

// In the order a client reaches for them: the daily things first, the weekly and occasional under "More".
const portalNav = (unreadMessages?: number): NavItem[] => [
  { to: paths.portal.getHref(), label: 'Home', icon: <HomeIcon />, end: true },
  { to: paths.portalToday.getHref(), label: 'Workout', icon: <TrainingIcon /> },
  { to: paths.portalMessages.getHref(), label: 'Messages', icon: <MessagesIcon />, count: unreadMessages, countLabel: 'unread' },
  { to: paths.portalHabits.getHref(), label: 'Habits', icon: <HabitsIcon /> },
  { to: paths.portalProgress.getHref(), label: 'Progress', icon: <ProgressIcon /> },
  { to: paths.portalPhotos.getHref(), label: 'Photos', icon: <PhotoIcon /> },
  { to: paths.portalCheckIns.getHref(), label: 'Check-ins', icon: <CheckInIcon /> },
  { to: paths.portalDocuments.getHref(), label: 'Documents', icon: <DocumentIcon /> },
  { to: paths.portalBilling.getHref(), label: 'Billing', icon: <BillingIcon /> },
];

/** The client portal: one column; a bar of tabs under the header on wide screens, at the bottom on phones. */
export function PortalLayout({ me }: { me: Me }) {
  const navigate = useNavigate();
  const logOut = useLogOut();
  const unreadMessages = useUnreadTotal();
  const nav = portalNav(unreadMessages.data);
  // One socket for the signed-in tab: messages, badges and the bell stay live on every screen.
  useRealtimeConnection();
  useChatLive(me.id);
  useNotificationsLive();
  return (
    <div className="min-h-dvh">
      <header className="sticky top-0 z-30 border-b border-border bg-surface/95 backdrop-blur">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-3 py-1.5 sm:px-6">
          <Brand subtitle={me.organization?.name} />
          <div className="flex items-center gap-1">
            <NotificationBell timeZone={me.timezone} />
            <ThemeToggle />
            <button
              type="button"
              onClick={() => logOut.mutate(undefined, { onSettled: () => navigate(paths.signIn.getHref(), { replace: true }) })}
              className="inline-flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm text-muted hover:bg-surface-muted hover:text-foreground"
            >
              <LogOutIcon /> <span className="hidden sm:inline">Sign out</span>
              <span className="sr-only sm:hidden">Sign out</span>
            </button>
          </div>
        </div>
        <nav aria-label="Portal" className="mx-auto hidden max-w-3xl px-3 sm:px-6 md:block">
          <ul className="-mb-px flex gap-1 overflow-x-auto">
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) =>
                    cn('inline-flex min-h-11 items-center gap-2 border-b-2 border-transparent px-3 text-sm font-medium text-muted hover:text-foreground', isActive && 'border-primary text-primary-text')
                  }
                >
                  {item.label}
                  <NavCount count={item.count} label={item.countLabel} />
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-3 py-6 pb-24 sm:px-6 md:pb-6">
        <Suspense fallback={<Spinner />}>
          <Outlet />
        </Suspense>
      </main>
      <PhoneNav items={nav} label="Portal" />
    </div>
  );
}
