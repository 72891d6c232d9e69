import { useState } from 'react';
import { useArchiveHabit } from '@/features/progress/api/archive-habit';
import { useClientHabits, type Habit } from '@/features/progress/api/get-client-habits';
import { useHabitGrid } from '@/features/progress/api/get-habit-grid';
import { HabitForm } from '@/features/progress/components/habits/habit-form';
import { HabitGrid } from '@/features/progress/components/habits/habit-grid';
import { amount, streakText } from '@/features/progress/components/habits/habit-words';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SidePanel } from '@/components/ui/side-panel';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

/** The staff client page's habits: give and change daily habits, today's ticks and streaks, and the last 4 weeks. */
export function ClientHabitsSection({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  const habits = useClientHabits(clientId);
  const grid = useHabitGrid(clientId);
  const archive = useArchiveHabit();
  const toast = useToast();
  const [editing, setEditing] = useState<Habit | 'new' | null>(null);
  const [archiving, setArchiving] = useState<Habit | null>(null);

  return (
    <Card aria-labelledby="client-habits-title">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="client-habits-title" className="text-lg font-semibold">
            Habits
          </h2>
          <p className="text-sm text-muted">Daily habits the client ticks off on their phone{timeZone ? ` (days in ${timeZone.replace(/_/g, ' ')})` : ''}.</p>
        </div>
        <Button onClick={() => setEditing('new')}>Add habit</Button>
      </div>
      {habits.isPending ? (
        <Spinner label="Loading habits…" />
      ) : habits.isError ? (
        <ErrorState error={habits.error} onRetry={() => habits.refetch()} />
      ) : habits.data.items.length === 0 ? (
        <EmptyState compact title="No habits yet">
          Give the client a daily habit: steps, glasses of water, minutes of sleep, or a simple yes/no.
        </EmptyState>
      ) : (
        <ul className="mb-6 divide-y divide-border" aria-label="Habits">
          {habits.data.items.map((habit) => (
            <li key={habit.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium">{habit.name}</p>
                <p className="text-sm text-muted">
                  {habit.target_text} · since {formatDate(habit.starts_on)} · {streakText(habit.current_streak)}, best {habit.best_streak}
                </p>
                <p className="text-sm">
                  Today: {habit.today.completed ? 'done' : habit.today.logged ? `${amount(habit.today.value)} logged, below target` : 'not yet'}
                </p>
              </div>
              <div className="flex gap-2">
                <Button variant="secondary" onClick={() => setEditing(habit)}>
                  Edit
                </Button>
                <Button variant="ghost" onClick={() => setArchiving(habit)}>
                  Archive
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {grid.data && grid.data.habits.length > 0 ? (
        <div>
          <h3 className="mb-3 font-semibold">Last 4 weeks</h3>
          <HabitGrid habits={grid.data.habits} />
        </div>
      ) : null}
      <SidePanel open={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New habit' : 'Change habit'}>
        {editing !== null ? <HabitForm clientId={clientId} habit={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} /> : null}
      </SidePanel>
      <ConfirmDialog
        open={archiving !== null}
        title="Archive this habit?"
        confirmLabel="Archive habit"
        loading={archive.isPending}
        onClose={() => setArchiving(null)}
        onConfirm={() =>
          archiving &&
          archive.mutate(
            { habitId: archiving.id, clientId },
            { onSuccess: () => (toast.success(`${archiving.name} archived.`), setArchiving(null)), onError: (error) => toast.error(errorMessage(error)) },
          )
        }
      >
        {archiving?.name} leaves the client's day. The days already ticked off stay in their history.
      </ConfirmDialog>
    </Card>
  );
}
