import { trainerColor } from '@/features/scheduling/lib/trainer-colors';
import { cn } from '@/lib/cn';

export type LegendTrainer = { id: number; name: string };

/** Each trainer's colour; for owners and admins also the filter: a click shows only that trainer. */
export function TrainerLegend({ trainers, selectedId, onSelect }: { trainers: LegendTrainer[]; selectedId: number | null; onSelect?: (trainerId: number | null) => void }) {
  if (!onSelect) {
    return (
      <ul className="flex flex-wrap gap-2 text-sm" aria-label="Trainers">
        {trainers.map((trainer) => (
          <li key={trainer.id} className="inline-flex items-center gap-2">
            <span className="size-3 rounded-full" style={{ background: trainerColor(trainer.id).background }} aria-hidden />
            {trainer.name}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div role="group" aria-label="Show trainer" className="flex gap-1.5 overflow-x-auto pb-1 sm:flex-wrap sm:overflow-visible">
      <button
        type="button"
        aria-pressed={selectedId === null}
        onClick={() => onSelect(null)}
        className={cn('min-h-10 shrink-0 rounded-full border px-3 text-sm', selectedId === null ? 'border-primary bg-primary-soft text-primary-text' : 'border-border text-muted hover:text-foreground')}
      >
        All trainers
      </button>
      {trainers.map((trainer) => {
        const selected = selectedId === trainer.id;
        return (
          <button
            key={trainer.id}
            type="button"
            aria-pressed={selected}
            onClick={() => onSelect(selected ? null : trainer.id)}
            className={cn(
              'inline-flex min-h-10 shrink-0 items-center gap-2 rounded-full border px-3 text-sm',
              selected ? 'border-primary bg-primary-soft text-primary-text' : 'border-border hover:bg-surface-muted',
              selectedId !== null && !selected && 'text-muted',
            )}
          >
            <span className="size-3 rounded-full" style={{ background: trainerColor(trainer.id).background }} aria-hidden />
            {trainer.name}
          </button>
        );
      })}
    </div>
  );
}
