import { Suspense, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { Brand } from '@/app/layouts/brand';
import { NavCount, PhoneNav, type NavItem } from '@/app/layouts/phone-nav';
import { ShortcutsDialog } from '@/app/layouts/shortcuts-dialog';
import { ThemeToggle } from '@/app/theme-toggle';
import { isManager, type Me } from '@/features/auth/api/get-me';
import { useLogOut } from '@/features/auth/api/log-out';
import { useUnreadTotal } from '@/features/messages/api/get-unread-total';
import { useChatLive } from '@/features/messages/api/live';
import { MessagesIcon } from '@/features/messages/components/chat-icons';
import { useNotificationsLive } from '@/features/notification-centre/api/live';
import { NotificationBell } from '@/features/notification-centre/components/notification-bell';
import { useCheckInSummary } from '@/features/progress/api/get-check-in-queue';
import { AutomationIcon, TaskIcon } from '@/features/tasks/components/task-icons';
import { ActivityIcon, BillingIcon, CalendarIcon, CampaignsIcon, CheckInIcon, ClientsIcon, DashboardIcon, DocumentIcon, ExercisesIcon, KeyboardIcon, LogOutIcon, ProgramsIcon, SettingsIcon, TrainersIcon, TrainingIcon, UserIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { useRealtimeConnection } from '@/lib/realtime';
import { useShortcuts } from '@/lib/use-shortcuts';

function navItems(me: Me, checkInsToReview?: number, unreadMessages?: number): NavItem[] {
  const items: NavItem[] = [
    { to: paths.dashboard.getHref(), label: 'Dashboard', icon: <DashboardIcon />, end: true },
    { to: paths.calendar.getHref(), label: 'Calendar', icon: <CalendarIcon /> },
    { to: paths.clients.getHref(), label: 'Clients', icon: <ClientsIcon /> },
    { to: paths.messages.getHref(), label: 'Messages', icon: <MessagesIcon />, count: unreadMessages, countLabel: 'unread' },
    { to: paths.training.getHref(), label: 'Training', icon: <TrainingIcon /> },
    { to: paths.programs.getHref(), label: 'Programs', icon: <ProgramsIcon /> },
    { to: paths.checkIns.getHref(), label: 'Check-ins', icon: <CheckInIcon />, count: checkInsToReview },
    { to: paths.exercises.getHref(), label: 'Exercises', icon: <ExercisesIcon /> },
    { to: paths.documents.getHref(), label: 'Documents', icon: <DocumentIcon /> },
    { to: paths.tasks.getHref(), label: 'Tasks', icon: <TaskIcon /> },
  ];
  if (isManager(me)) {
    items.push({ to: paths.billing.getHref(), label: 'Billing', icon: <BillingIcon /> });
    items.push({ to: paths.campaigns.getHref(), label: 'Campaigns', icon: <CampaignsIcon /> });
    items.push({ to: paths.trainers.getHref(), label: 'Trainers', icon: <TrainersIcon /> });
    items.push({ to: paths.activity.getHref(), label: 'Activity', icon: <ActivityIcon /> });
    items.push({ to: paths.automations.getHref(), label: 'Automations', icon: <AutomationIcon /> });
  } else if (me.trainer_id) {
    items.push({ to: paths.trainer.getHref(me.trainer_id), label: 'My profile', icon: <UserIcon /> });
  }
  return items;
}

/** The staff app: a sidebar on wide screens, a top bar and bottom navigation on phones. */
export function StaffLayout({ me }: { me: Me }) {
  const navigate = useNavigate();
  const logOut = useLogOut();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const checkIns = useCheckInSummary();
  const unreadMessages = useUnreadTotal();
  const items = navItems(me, checkIns.data?.unreviewed, unreadMessages.data);
  // One socket for the signed-in tab: messages, badges and the bell stay live on every screen.
  useRealtimeConnection();
  useChatLive(me.id);
  useNotificationsLive();

  const shortcuts: Record<string, () => void> = {
    '/': () => document.querySelector<HTMLInputElement>('[data-search-input]')?.focus(),
    'g d': () => navigate(paths.dashboard.getHref()),
    'g c': () => navigate(paths.clients.getHref()),
    'g s': () => navigate(paths.calendar.getHref()),
    ...(isManager(me) ? { 'g t': () => navigate(paths.trainers.getHref()), 'g a': () => navigate(paths.activity.getHref()) } : {}),
    ...(!isManager(me) && me.trainer_id ? { 'g t': () => navigate(paths.trainer.getHref(me.trainer_id!)) } : {}),
    '?': () => setShortcutsOpen(true),
  };
  useShortcuts(shortcuts);

  const signOut = () => logOut.mutate(undefined, { onSettled: () => navigate(paths.signIn.getHref(), { replace: true }) });

  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:p-3">
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh flex-col border-r border-border bg-surface p-4 md:flex">
        <div className="flex items-start justify-between gap-1">
          <Brand subtitle={me.organization?.name} />
          <NotificationBell timeZone={me.timezone} className="-mr-2" />
        </div>
        <nav aria-label="Main" className="-mx-1 mt-8 flex min-h-0 flex-1 flex-col gap-1 overflow-y-auto px-1">
          {items.map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                cn(
                  'flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium text-muted hover:bg-surface-muted hover:text-foreground',
                  isActive && 'bg-primary-soft text-primary-text hover:bg-primary-soft hover:text-primary-text',
                )
              }
            >
              {item.icon}
              {item.label}
              <NavCount count={item.count} label={item.countLabel} />
            </NavLink>
          ))}
        </nav>
        <div className="shrink-0 border-t border-border pt-3">
          <p className="truncate text-sm font-semibold">{me.full_name}</p>
          <p className="mb-2 text-xs capitalize text-muted">{me.role}</p>
          <div className="flex items-center gap-1">
            <ThemeToggle />
            <NavLink to={paths.settings.getHref()} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-muted hover:bg-surface-muted hover:text-foreground" aria-label="Settings">
              <SettingsIcon />
            </NavLink>
            <button type="button" onClick={() => setShortcutsOpen(true)} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-muted hover:bg-surface-muted hover:text-foreground" aria-label="Keyboard shortcuts">
              <KeyboardIcon />
            </button>
            <button type="button" onClick={signOut} className="inline-flex min-h-11 flex-1 items-center justify-center gap-2 rounded-lg text-sm text-muted hover:bg-surface-muted hover:text-foreground">
              <LogOutIcon /> Sign out
            </button>
          </div>
        </div>
      </aside>

      <header className="sticky top-0 z-30 flex items-center justify-between gap-2 border-b border-border bg-surface/95 px-3 py-1.5 backdrop-blur md:hidden">
        <Brand subtitle={me.organization?.name} />
        <div className="flex items-center">
          <NotificationBell timeZone={me.timezone} />
          <ThemeToggle />
          <NavLink to={paths.settings.getHref()} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-muted hover:bg-surface-muted" aria-label="Settings">
            <SettingsIcon />
          </NavLink>
          <button type="button" onClick={signOut} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-muted hover:bg-surface-muted" aria-label="Sign out">
            <LogOutIcon />
          </button>
        </div>
      </header>

      <main id="main" className="mx-auto w-full max-w-7xl px-3 pb-28 pt-4 sm:px-6 md:pb-10 md:pt-8">
        <Suspense fallback={<Spinner />}>
          <Outlet />
        </Suspense>
      </main>

      <PhoneNav items={items} />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} available={Object.keys(shortcuts)} />
    </div>
  );
}
