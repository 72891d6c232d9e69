import { useState, type FormEvent } from 'react';
import type { HabitWithStatus } from '@/features/progress/api/get-client-habits';
import { useLogHabitDay } from '@/features/progress/api/log-habit-day';
import { amount, streakText } from '@/features/progress/components/habits/habit-words';
import { Button } from '@/components/ui/button';
import { controlClass } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';

/** One of today's habits on the phone: a big tap to tick a yes/no habit off, an amount to enter for the others. */
export function HabitTodayCard({ habit, clientId }: { habit: HabitWithStatus; clientId: number }) {
  const log = useLogHabitDay();
  const toast = useToast();
  const today = habit.today;
  const [value, setValue] = useState(today.value != null ? String(today.value) : '');
  const onError = (error: unknown) => toast.error(errorMessage(error));
  const target = habit.target_value ?? 0;
  const progress = habit.kind === 'yes_no' || !target ? null : Math.min(100, Math.round(((today.value ?? 0) / target) * 100));

  const save = (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value);
    if (value.trim() === '' || Number.isNaN(number) || number < 0) {
      toast.error('Enter an amount of 0 or more.');
      return;
    }
    log.mutate({ habitId: habit.id, clientId, day: today.day, value: number }, { onError });
  };

  return (
    <li className={cn('rounded-xl border bg-surface p-4 shadow-sm', today.completed ? 'border-success' : 'border-border')} data-testid="habit-today">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="text-lg font-semibold">{habit.name}</h3>
          <p className="text-sm text-muted">
            {habit.kind === 'yes_no' ? 'Every day' : `Target ${habit.target_text}`} · <span data-testid="habit-streak">{streakText(habit.current_streak)}</span>
          </p>
        </div>
        {today.completed ? <span className="shrink-0 rounded-full bg-success-soft px-3 py-1 text-sm font-semibold text-success">Done</span> : null}
      </div>
      {!today.can_log ? (
        <p className="mt-3 text-sm text-muted">This habit starts on a later day.</p>
      ) : habit.kind === 'yes_no' ? (
        <Button
          className="mt-3 min-h-14 w-full text-base"
          variant={today.completed ? 'secondary' : 'primary'}
          loading={log.isPending}
          aria-pressed={today.completed}
          onClick={() => log.mutate({ habitId: habit.id, clientId, day: today.day, done: !today.completed }, { onError })}
        >
          {today.completed ? 'Done today ✓ (tap to undo)' : 'Mark done for today'}
        </Button>
      ) : (
        <form onSubmit={save} className="mt-3 flex flex-col gap-3">
          {progress != null ? (
            <div className="h-2 overflow-hidden rounded-full bg-surface-muted" role="progressbar" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} aria-label={`${habit.name} progress`}>
              <div className="h-full bg-primary" style={{ width: `${progress}%` }} />
            </div>
          ) : null}
          <p className="text-sm">
            {today.logged ? `${amount(today.value)} of ${habit.target_text} today` : `Nothing logged today (target ${habit.target_text})`}
          </p>
          <div className="flex gap-2">
            <label className="sr-only" htmlFor={`habit-${habit.id}-value`}>
              {habit.kind === 'duration' ? `${habit.name}: minutes today` : `${habit.name}: ${habit.unit ?? 'amount'} today`}
            </label>
            <input
              id={`habit-${habit.id}-value`}
              className={cn(controlClass, 'min-h-14 flex-1 text-lg')}
              inputMode="decimal"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              placeholder={habit.kind === 'duration' ? 'Minutes' : (habit.unit ?? 'Amount')}
            />
            <Button type="submit" className="min-h-14 px-6 text-base" loading={log.isPending}>
              Save
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
