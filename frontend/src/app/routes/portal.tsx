import { useState } from 'react';
import { useCurrentUser } from '@/app/use-current-user';
import { PortalBillingSummary } from '@/features/billing/components/portal-billing';
import { useClient } from '@/features/clients/api/get-client';
import { ClientProfile } from '@/features/clients/components/client-detail';
import { ClientTrainers } from '@/features/clients/components/client-trainers';
import { useFeeds } from '@/features/scheduling/api/get-feeds';
import { useSessions } from '@/features/scheduling/api/get-sessions';
import { CalendarFeedCard } from '@/features/scheduling/components/feeds/calendar-feed-card';
import { upcomingQuery, UpcomingSessions } from '@/features/scheduling/components/upcoming/upcoming-sessions';
import { PortalWorkoutComments } from '@/features/training/components/coaching/portal-workout-comments';
import { PortalProgram } from '@/features/training/components/programs/portal-program';
import { PortalProgress } from '@/features/training/components/progress/portal-progress';
import { PortalGoalsCard } from '@/features/progress/components/goals/portal-goals-card';
import { NotificationPreferences } from '@/features/notifications/components/notification-preferences';
import { PushDeviceToggle } from '@/features/notifications/push-device-toggle';
import { MyDataCard } from '@/features/privacy/components/my-data-card';
import { SessionsCard } from '@/features/security/components/sessions-card';
import { TwoFactorCard } from '@/features/security/components/two-factor-card';
import { PasswordSettings } from '@/features/settings/components/password-settings';
import { TimeZoneSettings } from '@/features/settings/components/time-zone-settings';
import { UnitSettings } from '@/features/settings/components/unit-settings';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

/** A client's own page: their sessions and calendar link, who coaches them, their profile and account. */
export default function PortalRoute() {
  const me = useCurrentUser();
  const clientId = me.client_id ?? 0;
  // Fixed when the screen opens, so the query key (and the cache) stays the same while it is open.
  const [upcoming] = useState(() => upcomingQuery(clientId));
  // The sections' own queries, started together here: the page appears whole once they answer,
  // instead of each section pushing the next one down the screen as it loads.
  const sessions = useSessions(upcoming, { enabled: clientId > 0 });
  const feeds = useFeeds({ client_id: clientId }, { enabled: clientId > 0 });
  const client = useClient(clientId);
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  const header = <PageHeader title={`Hi, ${me.first_name}`} description={`Your sessions and profile at ${me.organization?.name ?? 'your studio'}.`} />;
  if (sessions.isPending || feeds.isPending || client.isPending) {
    return (
      <>
        {header}
        <Spinner label="Loading your sessions and profile…" />
      </>
    );
  }
  return (
    <>
      {header}
      <div className="flex flex-col gap-6">
        <Card className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 className="font-semibold">Today's workout</h2>
            <p className="text-sm text-muted">Log your sets as you go, also without a connection.</p>
          </div>
          <ButtonLink to={paths.portalToday.getHref()}>Open today's workout</ButtonLink>
        </Card>
        <Card className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 className="font-semibold">Progress</h2>
            <p className="text-sm text-muted">Enter your weight and measurements and see how they change.</p>
          </div>
          <ButtonLink to={paths.portalProgress.getHref()} variant="secondary">
            Open progress
          </ButtonLink>
        </Card>
        <PortalBillingSummary clientId={me.client_id} />
        <UpcomingSessions query={upcoming} timeZone={me.timezone} />
        <PortalGoalsCard clientId={me.client_id} timeZone={me.timezone} />
        <PortalProgram clientId={me.client_id} />
        <PortalWorkoutComments timeZone={me.timezone} />
        <PortalProgress clientId={me.client_id} timeZone={me.timezone} />
        <CalendarFeedCard owner={{ client_id: me.client_id }} contents="your sessions" />
        {client.isError ? (
          <ErrorState error={client.error} onRetry={() => client.refetch()} />
        ) : (
          <>
            <ClientTrainers client={client.data} canManage={false} />
            <ClientProfile client={client.data} forClient />
          </>
        )}
        {/* Clients have no Settings screen; their account settings live here, folded away. */}
        <details className="group rounded-xl border border-border bg-surface">
          <summary className="flex min-h-11 cursor-pointer items-center justify-between px-4 py-2 font-semibold sm:px-5">
            Account: time zone, units, password, security and your data
            <span aria-hidden className="text-muted transition-transform group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="flex flex-col gap-4 border-t border-border p-2 sm:p-3">
            <TimeZoneSettings me={me} />
            <UnitSettings me={me} />
            <PasswordSettings />
            <TwoFactorCard timeZone={me.timezone} />
            <SessionsCard timeZone={me.timezone} />
            <NotificationPreferences />
            <PushDeviceToggle />
            <MyDataCard studio={me.organization?.name ?? 'your studio'} />
          </div>
        </details>
      </div>
    </>
  );
}
