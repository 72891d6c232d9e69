import type { ClientProgram } from '@/features/training/api/get-client-program';
import { prescriptionText } from '@/features/training/components/programs/wording';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';

/** A client's program read-only: each week's days on their dates, with exercises and prescriptions. */
export function ProgramCalendar({ program }: { program: ClientProgram }) {
  const names = new Map((program.exercises ?? []).map((exercise) => [exercise.id, exercise.name]));
  const byDay = new Map((program.workouts ?? []).map((workout) => [workout.day_key, workout]));
  const phases = new Map((program.content?.phases ?? []).map((phase) => [phase.key, phase.name]));
  return (
    <ol className="flex flex-col gap-4">
      {(program.content?.weeks ?? []).map((week, weekIndex) => (
        <li key={week.key ?? weekIndex}>
          <h3 className="mb-2 flex flex-wrap items-center gap-2 text-sm font-semibold">
            Week {weekIndex + 1}
            {week.name ? <span className="text-muted">· {week.name}</span> : null}
            {week.phase_key && phases.get(week.phase_key) ? <Badge>{phases.get(week.phase_key)}</Badge> : null}
          </h3>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {(week.days ?? []).map((day, dayIndex) => {
              const workout = day.key ? byDay.get(day.key) : undefined;
              return (
                <li key={day.key ?? dayIndex} className="rounded-lg border border-border bg-surface-muted/40 p-3">
                  <div className="flex items-baseline justify-between gap-2">
                    <p className="font-semibold">{day.name}</p>
                    {workout?.completed_at ? <Badge tone="success">Done</Badge> : null}
                  </div>
                  <p className="text-xs text-muted">{workout ? formatDate(workout.scheduled_date) : 'Not scheduled'}</p>
                  <ul className="mt-2 flex flex-col gap-1 text-sm">
                    {(day.blocks ?? []).map((block, blockIndex) => (
                      <li key={block.key ?? blockIndex}>
                        {block.kind !== 'single' ? (
                          <p className="text-xs font-medium uppercase tracking-wide text-muted">
                            {block.kind === 'superset' ? 'Superset' : `Circuit${block.rounds ? ` · ${block.rounds} rounds` : ''}`}
                          </p>
                        ) : null}
                        {block.exercises.map((item, itemIndex) => (
                          <p key={item.key ?? itemIndex}>
                            <span className="font-medium">{names.get(item.exercise_id) ?? 'Exercise'}</span>{' '}
                            <span className="text-muted">{prescriptionText(item.prescription)}</span>
                          </p>
                        ))}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
