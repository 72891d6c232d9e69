import type { Goal } from '@/features/progress/api/get-client-goals';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import { cn } from '@/lib/cn';

const STATUS: Record<Goal['status'], { label: string; tone: 'primary' | 'success' | 'neutral' }> = {
  active: { label: 'Active', tone: 'primary' },
  achieved: { label: 'Reached', tone: 'success' },
  abandoned: { label: 'Abandoned', tone: 'neutral' },
};

export const KIND_LABELS: Record<Goal['kind'], string> = {
  measurement: 'Measurement',
  lift: 'Lift',
  attendance: 'Attendance',
  habit_streak: 'Habit streak',
};

/** A goal's day of reaching, in the reader's zone: "Reached 3 Mar 2027". */
function reachedOn(value: string, timeZone?: string | null): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: timeZone ?? undefined }).format(new Date(value));
}

/** One goal: its name, status, target, a progress bar with the server's sentence, and its milestones. */
export function GoalProgress({ goal, timeZone, actions }: { goal: Goal; timeZone?: string | null; actions?: React.ReactNode }) {
  const status = STATUS[goal.status];
  const done = goal.status === 'achieved';
  return (
    <article className="flex flex-col gap-2" aria-label={goal.title} data-testid="goal">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h4 className="font-semibold break-words">{goal.title}</h4>
          {goal.title !== goal.target_text ? <p className="text-sm text-muted">{goal.target_text}</p> : null}
        </div>
        <div className="flex items-center gap-2">
          <Badge tone={status.tone}>{status.label}</Badge>
          {actions}
        </div>
      </div>
      <div
        role="progressbar"
        aria-label={`Progress towards ${goal.title}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={goal.percent}
        aria-valuetext={goal.progress_text}
        className="h-2.5 w-full overflow-hidden rounded-full bg-surface-muted"
      >
        <div
          className={cn('h-full rounded-full transition-[width]', done ? 'bg-success' : goal.status === 'abandoned' ? 'bg-muted' : 'bg-primary')}
          style={{ width: `${Math.max(goal.percent, goal.percent > 0 ? 3 : 0)}%` }}
        />
      </div>
      <p className="text-sm tabular-nums" data-testid="goal-progress">
        {goal.progress_text}
      </p>
      <p className="text-xs text-muted">
        {KIND_LABELS[goal.kind]} · since {formatDate(goal.starts_on)}
        {goal.target_date ? ` · by ${formatDate(goal.target_date)}` : ''}
        {goal.achieved_at ? ` · reached ${reachedOn(goal.achieved_at, timeZone)}` : ''}
      </p>
      {goal.milestones.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Milestones">
          {goal.milestones.map((milestone) => (
            <li
              key={milestone.id}
              className={cn(
                'rounded-full border px-2.5 py-0.5 text-xs tabular-nums',
                milestone.reached_at ? 'border-success bg-success-soft text-success' : 'border-border text-muted',
              )}
            >
              {milestone.reached_at ? '✓ ' : ''}
              {milestone.label}
              <span className="sr-only">{milestone.reached_at ? ', reached' : ', not reached yet'}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
