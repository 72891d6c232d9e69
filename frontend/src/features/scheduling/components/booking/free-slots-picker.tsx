import { DateTime } from 'luxon';
import { useFreeSlots, type FreeSlot } from '@/features/scheduling/api/get-free-slots';
import { cn } from '@/lib/cn';

/**
 * The trainer's free starts on the chosen day for the chosen length, when the chosen clients are
 * free too; one click fills the times. Free-slot days are the studio's local dates
 * (docs/scheduling.md); shown in the user's zone.
 */
export function FreeSlotsPicker({
  trainerId,
  day,
  duration,
  zone,
  clientIds,
  selectedStart,
  onPick,
}: {
  trainerId: number | null;
  day: string;
  duration: number | null;
  zone: string;
  clientIds: number[];
  selectedStart: number | null;
  onPick: (slot: { start: DateTime; end: DateTime }) => void;
}) {
  const ready = trainerId !== null && !!day && duration !== null;
  const slots = useFreeSlots(ready ? { trainerId, day, duration, clientIds } : null);

  let body;
  if (!ready) body = <p className="text-sm text-muted">Choose a trainer, a day and a length to see free times.</p>;
  else if (slots.isPending) body = <p className="text-sm text-muted">Looking for free times…</p>;
  else if (slots.isError) body = <p className="text-sm text-danger">Free times could not be loaded.</p>;
  else if (!slots.data.length)
    body = <p className="text-sm text-muted">No free {duration}-minute times on this day{clientIds.length ? ' for the trainer and the chosen clients' : ''}.</p>;
  else
    body = (
      <ul className="flex max-h-36 flex-wrap gap-1.5 overflow-y-auto" aria-label="Free times">
        {slots.data.map((slot: FreeSlot) => {
          const start = DateTime.fromISO(slot.starts_at, { zone });
          const end = DateTime.fromISO(slot.ends_at, { zone });
          const selected = selectedStart === start.toMillis();
          return (
            <li key={slot.starts_at}>
              <button
                type="button"
                aria-pressed={selected}
                className={cn(
                  'min-h-9 rounded-md border px-2.5 text-sm tabular-nums',
                  selected ? 'border-primary bg-primary text-primary-foreground' : 'border-border bg-surface hover:bg-surface-muted',
                )}
                onClick={() => onPick({ start, end })}
              >
                {start.toFormat('t')}
              </button>
            </li>
          );
        })}
      </ul>
    );

  return (
    <fieldset className="flex flex-col gap-2 rounded-lg border border-border p-3">
      <legend className="px-1 text-sm font-medium">Free times</legend>
      {body}
    </fieldset>
  );
}
