import { useCurrentUser } from '@/app/use-current-user';
import { useClientHabits } from '@/features/progress/api/get-client-habits';
import { useHabitGrid } from '@/features/progress/api/get-habit-grid';
import { HabitGrid } from '@/features/progress/components/habits/habit-grid';
import { HabitTodayCard } from '@/features/progress/components/habits/habit-today-card';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** The client's habits on their phone: today's to tick off, their streaks, and the last 4 weeks. */
export default function PortalHabitsRoute() {
  const me = useCurrentUser();
  const clientId = me.client_id ?? 0;
  const habits = useClientHabits(clientId);
  const grid = useHabitGrid(clientId);
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  const today = habits.data?.items[0]?.today.day;
  return (
    <>
      <ButtonLink to={paths.portal.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Portal
      </ButtonLink>
      <PageHeader title="Habits" description={today ? new Date(`${today}T00:00:00`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' }) : 'Your daily habits'} />
      {habits.isPending ? (
        <Spinner label="Loading your habits…" />
      ) : habits.isError ? (
        <ErrorState error={habits.error} onRetry={() => habits.refetch()} />
      ) : habits.data.items.length === 0 ? (
        <EmptyState title="No habits yet">Your coach has not given you daily habits yet. They will show up here.</EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <ul className="flex flex-col gap-3" aria-label="Today's habits">
            {habits.data.items.map((habit) => (
              <HabitTodayCard key={`${habit.id}-${habit.today.value ?? ''}`} habit={habit} clientId={clientId} />
            ))}
          </ul>
          {grid.data && grid.data.habits.length > 0 ? (
            <Card>
              <h2 className="mb-3 text-lg font-semibold">Last 4 weeks</h2>
              <HabitGrid habits={grid.data.habits} />
            </Card>
          ) : null}
        </div>
      )}
    </>
  );
}
