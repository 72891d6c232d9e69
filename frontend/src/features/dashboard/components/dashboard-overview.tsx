import { useCallback, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Dashboard } from '@/features/dashboard/api/get-dashboard';
import type { TaskSummary } from '@/features/tasks/api/get-tasks';
import type { ThemeColors } from '@/components/ui/theme-colors';
import { LazyChart } from '@/features/dashboard/components/lazy-chart';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { humanize } from '@/lib/format';

const STATUSES = ['lead', 'active', 'paused', 'inactive'] as const;

function StatCard({ label, value, href, hint, className }: { label: string; value: ReactNode; href?: string; hint?: string; className?: string }) {
  const body = (
    <>
      <p className="text-xs font-medium uppercase tracking-wide text-muted">{label}</p>
      <p className="mt-1 text-3xl font-bold tabular-nums">{value}</p>
      {hint ? <p className="mt-1 text-xs text-muted">{hint}</p> : null}
    </>
  );
  return (
    <Card className={cn('p-0 sm:p-0', className)}>
      {href ? (
        <Link to={href} className="block h-full rounded-xl p-4 hover:bg-surface-muted sm:p-5">
          {body}
        </Link>
      ) : (
        <div className="p-4 sm:p-5">{body}</div>
      )}
    </Card>
  );
}

function weekLabel(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00`).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

/** "2 overdue, 5 open in all": what the count of tasks due leaves out. */
export function tasksDueHint(tasks: TaskSummary): string {
  const open = `${tasks.open} open in all`;
  return tasks.overdue ? `${tasks.overdue} overdue · ${open}` : `None overdue · ${open}`;
}

/** Stat cards (with the caller's tasks due, when given) and the two charts: clients by status, and new clients per week. */
export function DashboardOverview({ dashboard, tasks }: { dashboard: Dashboard; tasks?: TaskSummary }) {
  const byStatus = dashboard.clients_by_status as Record<string, number>;
  const weeks = dashboard.new_clients_per_week;

  const doughnut = useCallback(
    (colors: ThemeColors) => ({
      type: 'doughnut' as const,
      data: {
        labels: STATUSES.map(humanize),
        datasets: [{ data: STATUSES.map((status) => byStatus[status] ?? 0), backgroundColor: colors.series, borderColor: colors.surface, borderWidth: 2 }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false as const,
        plugins: { legend: { position: 'bottom' as const, labels: { color: colors.foreground, boxWidth: 12 } } },
      },
    }),
    [byStatus],
  );

  const bars = useCallback(
    (colors: ThemeColors) => ({
      type: 'bar' as const,
      data: {
        labels: weeks.map((week) => weekLabel(week.week_start)),
        datasets: [{ label: 'New clients', data: weeks.map((week) => week.count), backgroundColor: colors.primary, borderRadius: 4 }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false as const,
        plugins: { legend: { display: false } },
        scales: {
          x: { ticks: { color: colors.muted, maxRotation: 0, autoSkipPadding: 8 }, grid: { display: false } },
          y: { beginAtZero: true, ticks: { color: colors.muted, precision: 0 }, grid: { color: colors.border } },
        },
      },
    }),
    [weeks],
  );

  const statusSummary = STATUSES.map((status) => `${humanize(status)}: ${byStatus[status] ?? 0}`).join(', ');
  const weeklySummary = weeks.map((week) => `week of ${weekLabel(week.week_start)}: ${week.count}`).join(', ');

  return (
    <div className="flex flex-col gap-4">
      {/* The fifth card takes a row of its own under the others until a wide screen gives it a fifth column. */}
      <div className={cn('grid grid-cols-2 gap-3 lg:grid-cols-4', tasks && 'xl:grid-cols-5')}>
        <StatCard label="Active clients" value={byStatus.active ?? 0} href={paths.clients.getHref('?status=active')} hint={`${dashboard.clients_total} not archived`} />
        <StatCard label="New this week" value={dashboard.new_clients_this_week} hint={`${dashboard.new_clients_this_month} this month`} href={paths.clients.getHref('?sort=-created_at')} />
        {dashboard.unassigned_clients !== null && dashboard.unassigned_clients !== undefined ? (
          <StatCard label="Unassigned" value={dashboard.unassigned_clients} href={paths.clients.getHref('?trainer=none')} hint="Clients without a trainer" />
        ) : (
          <StatCard label="Leads" value={byStatus.lead ?? 0} href={paths.clients.getHref('?status=lead')} />
        )}
        {dashboard.trainers !== null && dashboard.trainers !== undefined ? (
          <StatCard label="Trainers" value={dashboard.trainers} href={paths.trainers.getHref()} />
        ) : (
          <StatCard label="Paused" value={byStatus.paused ?? 0} href={paths.clients.getHref('?status=paused')} />
        )}
        {tasks ? <StatCard label="Your tasks due" value={tasks.due_today + tasks.overdue} href={paths.tasks.getHref()} hint={tasksDueHint(tasks)} className="col-span-2 lg:col-span-4 xl:col-span-1" /> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-base font-semibold">Clients by status</h2>
          {dashboard.clients_total === 0 ? (
            <EmptyState compact title="No clients to chart yet" action={<ButtonLink to={paths.clientNew.getHref()} variant="secondary">Add a client</ButtonLink>}>
              Once you add clients, this shows how many are leads, active, paused or inactive.
            </EmptyState>
          ) : (
            <LazyChart label={`Clients by status. ${statusSummary}`} build={doughnut} />
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold">New clients per week</h2>
          {weeks.every((week) => week.count === 0) ? (
            <EmptyState compact title={`No new clients in the last ${weeks.length} weeks`} action={<ButtonLink to={paths.clientNew.getHref()} variant="secondary">Add a client</ButtonLink>}>
              Each week’s new clients are counted here by the day they were added.
            </EmptyState>
          ) : (
            <LazyChart label={`New clients per week over the last ${weeks.length} weeks. ${weeklySummary}`} build={bars} />
          )}
        </Card>
      </div>
    </div>
  );
}
