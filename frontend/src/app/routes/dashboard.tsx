import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { ActivityEntryRow } from '@/features/activity/components/activity-log';
import { useDashboard } from '@/features/dashboard/api/get-dashboard';
import { DashboardOverview } from '@/features/dashboard/components/dashboard-overview';
import { TodaysSessions } from '@/features/dashboard/components/todays-sessions';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

export default function DashboardRoute() {
  const me = useCurrentUser();
  const dashboard = useDashboard();
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={me.role === 'trainer' ? `Your clients at ${me.organization?.name ?? 'the studio'}.` : `${me.organization?.name ?? 'Your studio'} at a glance.`}
        actions={<ButtonLink to={paths.clientNew.getHref()}>Add client</ButtonLink>}
      />
      {dashboard.isPending ? (
        <Spinner label="Loading the dashboard…" />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : (
        <div className="flex flex-col gap-4">
          <TodaysSessions timeZone={me.timezone} showTrainer={isManager(me)} />
          <DashboardOverview dashboard={dashboard.data} />
          <Card>
            <div className="mb-1 flex items-center justify-between gap-2">
              <h2 className="text-base font-semibold">Recent activity</h2>
              {isManager(me) ? (
                <ButtonLink to={paths.activity.getHref()} variant="ghost">
                  See all
                </ButtonLink>
              ) : null}
            </div>
            {dashboard.data.recent_activity.length ? (
              <ul className="divide-y divide-border">
                {dashboard.data.recent_activity.map((entry) => (
                  <ActivityEntryRow key={entry.id} entry={entry} timeZone={me.timezone} compact />
                ))}
              </ul>
            ) : (
              <p className="py-4 text-sm text-muted">Nothing yet.</p>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
