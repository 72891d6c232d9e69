import { useState } from 'react';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { ActivityEntryRow } from '@/features/activity/components/activity-log';
import { useChecklist } from '@/features/dashboard/api/get-checklist';
import { useDashboard } from '@/features/dashboard/api/get-dashboard';
import { DashboardOverview } from '@/features/dashboard/components/dashboard-overview';
import { SetupChecklist } from '@/features/dashboard/components/setup-checklist';
import { todaysQuery, todayRange, TodaysSessions } from '@/features/dashboard/components/todays-sessions';
import { useSessions } from '@/features/scheduling/api/get-sessions';
import { useTaskSummary } from '@/features/tasks/api/get-tasks';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

export default function DashboardRoute() {
  const me = useCurrentUser();
  const dashboard = useDashboard();
  // Fixed when the screen opens; today's sessions and the checklist load with the figures, so the screen appears whole.
  const [today] = useState(() => todayRange(new Date(), me.timezone));
  const todays = useSessions(todaysQuery(today));
  const checklist = useChecklist({ enabled: isManager(me) });
  const tasks = useTaskSummary();
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={me.role === 'trainer' ? `Your clients at ${me.organization?.name ?? 'the studio'}.` : `${me.organization?.name ?? 'Your studio'} at a glance.`}
        actions={<ButtonLink to={paths.clientNew.getHref()}>Add client</ButtonLink>}
      />
      {dashboard.isPending || todays.isPending || checklist.isLoading || tasks.isPending ? (
        <Spinner label="Loading the dashboard…" />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => dashboard.refetch()} />
      ) : (
        <div className="flex flex-col gap-4">
          {checklist.data ? <SetupChecklist checklist={checklist.data} /> : null}
          <TodaysSessions range={today} timeZone={me.timezone} showTrainer={isManager(me)} />
          <DashboardOverview dashboard={dashboard.data} tasks={tasks.data} />
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
              <EmptyState compact title="Nothing has happened yet">
                Changes to clients, trainers and sessions show up here as people make them.
              </EmptyState>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
