import { useClientGoals } from '@/features/progress/api/get-client-goals';
import { GoalProgress } from '@/features/progress/components/goals/goal-progress';
import { Card } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';

/** The client's own goals on their portal home: what they are working towards and how far they are. */
export function PortalGoalsCard({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  const goals = useClientGoals(clientId, 1, 10);
  if (goals.isPending) return <Spinner label="Loading your goals…" />;
  if (goals.isError) return <ErrorState error={goals.error} onRetry={() => goals.refetch()} />;
  // Abandoned goals are the coach's bookkeeping; the client sees what is on and what they reached.
  const shown = goals.data.items.filter((goal) => goal.status !== 'abandoned');
  if (!shown.length) return null;
  return (
    <Card className="flex flex-col gap-3" data-testid="portal-goals">
      <h2 className="text-lg font-semibold">Your goals</h2>
      <ul className="flex flex-col divide-y divide-border">
        {shown.map((goal) => (
          <li key={goal.id} className="py-3 first:pt-0 last:pb-0">
            <GoalProgress goal={goal} timeZone={timeZone} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
