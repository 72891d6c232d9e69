import { useState } from 'react';
import { useProgramExerciseSearch } from '@/features/training/api/search-program-exercises';
import { Dialog } from '@/components/ui/dialog';
import { InputField } from '@/components/ui/field';
import { Spinner } from '@/components/ui/states';
import { humanize } from '@/lib/format';

export type PickedExercise = { id: number; name: string };

/** Search the studio's library and pick one exercise. */
export function ExercisePicker({ open, onClose, onPick }: { open: boolean; onClose: () => void; onPick: (exercise: PickedExercise) => void }) {
  const [q, setQ] = useState('');
  const results = useProgramExerciseSearch(q);
  return (
    <Dialog open={open} onClose={onClose} title="Add an exercise">
      <InputField label="Search the library" value={q} onChange={(event) => setQ(event.target.value)} placeholder="Squat, row, plank…" autoFocus />
      <div className="mt-3 max-h-80 overflow-y-auto">
        {results.isPending ? (
          <Spinner />
        ) : (
          <ul className="flex flex-col gap-1" aria-label="Exercises">
            {(results.data ?? []).map((exercise) => (
              <li key={exercise.id}>
                <button
                  type="button"
                  className="flex min-h-11 w-full flex-col items-start rounded-lg px-3 py-2 text-left hover:bg-surface-muted"
                  onClick={() => {
                    onPick({ id: exercise.id ?? 0, name: exercise.name ?? '' });
                    setQ('');
                  }}
                >
                  <span className="font-medium">{exercise.name}</span>
                  <span className="text-xs text-muted">
                    {(exercise.equipment ?? []).map(humanize).join(', ') || humanize(exercise.category)}
                  </span>
                </button>
              </li>
            ))}
            {results.data?.length === 0 ? <li className="p-3 text-sm text-muted">No exercise matches “{q}”.</li> : null}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
