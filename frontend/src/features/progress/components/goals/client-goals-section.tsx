import { useState } from 'react';
import { useAbandonGoal } from '@/features/progress/api/abandon-goal';
import { useClientGoals, type Goal } from '@/features/progress/api/get-client-goals';
import { GoalDialog } from '@/features/progress/components/goals/goal-dialog';
import { GoalProgress } from '@/features/progress/components/goals/goal-progress';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

const PER_PAGE = 20;

/** A client's goals for their coach: progress bars and sentences, and setting, changing or abandoning goals. */
export function ClientGoalsSection({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  const [page, setPage] = useState(1);
  const goals = useClientGoals(clientId, page, PER_PAGE);
  // A fresh dialog per goal (and per new goal), so its form starts from that goal.
  const [editing, setEditing] = useState<{ goal?: Goal; key: number } | null>(null);
  const [abandoning, setAbandoning] = useState<Goal | null>(null);
  const abandon = useAbandonGoal();
  const toast = useToast();

  return (
    <Card className="flex flex-col gap-3" data-testid="client-goals">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold">Goals</h3>
        <Button variant="secondary" onClick={() => setEditing({ key: Date.now() })}>
          New goal
        </Button>
      </div>
      {goals.isPending ? (
        <Spinner label="Loading goals…" />
      ) : goals.isError ? (
        <ErrorState error={goals.error} onRetry={() => goals.refetch()} />
      ) : goals.data.items.length === 0 ? (
        <EmptyState compact title="No goals yet">
          Set a weight or measurement target, a lift, a number of sessions a week or a habit streak: progress is worked out from what gets logged.
        </EmptyState>
      ) : (
        <ul className="flex flex-col divide-y divide-border">
          {goals.data.items.map((goal) => (
            <li key={goal.id} className="py-3 first:pt-0 last:pb-0">
              <GoalProgress
                goal={goal}
                timeZone={timeZone}
                actions={
                  goal.status === 'active' ? (
                    <>
                      <Button variant="ghost" className="px-2" aria-label={`Edit ${goal.title}`} onClick={() => setEditing({ goal, key: goal.id })}>
                        Edit
                      </Button>
                      <Button variant="ghost" className="px-2" aria-label={`Abandon ${goal.title}`} onClick={() => setAbandoning(goal)}>
                        Abandon
                      </Button>
                    </>
                  ) : null
                }
              />
            </li>
          ))}
        </ul>
      )}
      {goals.data && goals.data.meta.pages > 1 ? (
        <div className="flex items-center justify-between gap-2 text-sm">
          <Button variant="secondary" disabled={!goals.data.meta.has_prev} onClick={() => setPage(page - 1)}>
            Previous
          </Button>
          <span className="text-muted">
            Page {goals.data.meta.page} of {goals.data.meta.pages}
          </span>
          <Button variant="secondary" disabled={!goals.data.meta.has_next} onClick={() => setPage(page + 1)}>
            Next
          </Button>
        </div>
      ) : null}
      {editing ? <GoalDialog key={editing.key} clientId={clientId} goal={editing.goal} open onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        open={abandoning !== null}
        title="Abandon this goal?"
        confirmLabel="Abandon goal"
        danger
        loading={abandon.isPending}
        onClose={() => setAbandoning(null)}
        onConfirm={() =>
          abandoning &&
          abandon.mutate(abandoning.id, {
            onSuccess: (goal) => {
              toast.success(`Abandoned ${goal.title}.`);
              setAbandoning(null);
            },
            onError: (error) => toast.error(errorMessage(error)),
          })
        }
      >
        {abandoning?.title} stops being tracked; it stays in the list as abandoned.
      </ConfirmDialog>
    </Card>
  );
}
