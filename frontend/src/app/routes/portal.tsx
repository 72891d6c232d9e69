import { useCurrentUser } from '@/app/use-current-user';
import { useClient } from '@/features/clients/api/get-client';
import { ClientProfile } from '@/features/clients/components/client-detail';
import { ClientTrainers } from '@/features/clients/components/client-trainers';
import { CalendarFeedCard } from '@/features/scheduling/components/feeds/calendar-feed-card';
import { UpcomingSessions } from '@/features/scheduling/components/upcoming/upcoming-sessions';
import { PasswordSettings } from '@/features/settings/components/password-settings';
import { TimeZoneSettings } from '@/features/settings/components/time-zone-settings';
import { PageHeader } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

/** A client's own page: their sessions and calendar link, who coaches them, their profile and account. */
export default function PortalRoute() {
  const me = useCurrentUser();
  const client = useClient(me.client_id ?? 0);
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  return (
    <>
      <PageHeader title={`Hi, ${me.first_name}`} description={`Your sessions and profile at ${me.organization?.name ?? 'your studio'}.`} />
      <div className="flex flex-col gap-6">
        <UpcomingSessions clientId={me.client_id} timeZone={me.timezone} />
        <CalendarFeedCard owner={{ client_id: me.client_id }} contents="your sessions" />
        {client.isPending ? (
          <Spinner label="Loading your profile…" />
        ) : client.isError ? (
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
            Account: time zone and password
            <span aria-hidden className="text-muted transition-transform group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="flex flex-col gap-4 border-t border-border p-2 sm:p-3">
            <TimeZoneSettings me={me} />
            <PasswordSettings />
          </div>
        </details>
      </div>
    </>
  );
}
