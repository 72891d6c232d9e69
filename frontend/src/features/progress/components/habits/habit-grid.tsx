import type { HabitGridRow } from '@/features/progress/api/get-habit-grid';
import { amount, shortDay, STATE_LABELS, streakText } from '@/features/progress/components/habits/habit-words';
import { cn } from '@/lib/cn';

const STATE_CLASSES = {
  done: 'bg-success text-white',
  partial: 'bg-success-soft text-success ring-1 ring-inset ring-success',
  missed: 'bg-surface-muted text-muted',
  open: 'bg-surface text-foreground ring-2 ring-inset ring-primary',
  off: 'bg-transparent text-muted/40 border border-dashed border-border',
} as const;

/** The last 28 days of each habit as four rows of seven, the newest day last, each day coloured by what happened. */
export function HabitGrid({ habits }: { habits: HabitGridRow[] }) {
  return (
    <div className="flex flex-col gap-5" data-testid="habit-grid">
      {habits.map((habit) => (
        <section key={habit.id} aria-label={`${habit.name}: last 4 weeks`}>
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">{habit.name}</h3>
            <p className="text-sm text-muted">
              {streakText(habit.current_streak)} · best {habit.best_streak} {habit.best_streak === 1 ? 'day' : 'days'}
            </p>
          </div>
          <ol className="grid max-w-md grid-cols-7 gap-1.5">
            {habit.days.map((day) => {
              const label = `${shortDay(day.day)}: ${STATE_LABELS[day.state]}${day.value != null && habit.kind !== 'yes_no' ? ` (${amount(day.value)})` : ''}`;
              return (
                <li
                  key={day.day}
                  title={label}
                  aria-label={label}
                  className={cn('flex aspect-square items-center justify-center rounded-md text-[0.7rem] font-medium', STATE_CLASSES[day.state])}
                >
                  {new Date(`${day.day}T00:00:00`).getDate()}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legend">
        {(['done', 'partial', 'missed', 'open'] as const).map((state) => (
          <li key={state} className="flex items-center gap-1.5">
            <span className={cn('inline-block size-3 rounded-sm', STATE_CLASSES[state])} aria-hidden />
            {STATE_LABELS[state]}
          </li>
        ))}
      </ul>
    </div>
  );
}
