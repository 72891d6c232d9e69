import type { ReactNode } from 'react';
import type { Exercise } from '@/features/training/api/get-exercises';
import {
  CATEGORY_LABELS,
  EQUIPMENT_LABELS,
  listText,
  MEASUREMENT_LABELS,
  MEASUREMENT_SENTENCES,
  MUSCLE_LABELS,
  originLabel,
  profileText,
} from '@/features/training/components/exercises/exercise-labels';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-border py-3 last:border-0">
      <dt className="text-xs font-semibold uppercase tracking-wide text-muted">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

/** One exercise as a coach reads it: where it comes from, muscles, equipment, how it is logged, cues, steps, video. */
export function ExerciseDetail({
  exercise,
  canArchive,
  archiving,
  onEdit,
  onArchive,
}: {
  exercise: Exercise;
  canArchive: boolean;
  archiving: boolean;
  onEdit: () => void;
  onArchive: (restore: boolean) => void;
}) {
  return (
    <div className="flex flex-col gap-4 pb-5">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={exercise.built_in ? 'neutral' : 'primary'}>{originLabel(exercise)}</Badge>
        <Badge>{CATEGORY_LABELS[exercise.category]}</Badge>
        {exercise.archived_at ? <Badge tone="danger">Archived</Badge> : null}
      </div>
      {exercise.aliases.length ? <p className="text-sm text-muted">Also called {exercise.aliases.join(', ')}.</p> : null}
      <dl>
        <Item label="Primary muscles">{listText(exercise.primary_muscles, MUSCLE_LABELS)}</Item>
        <Item label="Secondary muscles">{listText(exercise.secondary_muscles, MUSCLE_LABELS)}</Item>
        <Item label="Equipment">{listText(exercise.equipment, EQUIPMENT_LABELS)}</Item>
        <Item label="Level, mechanic, force">{profileText(exercise)}</Item>
        <Item label="Measured by">
          <span className="font-medium">{MEASUREMENT_LABELS[exercise.measurement]}</span>
          <span className="block text-muted">{MEASUREMENT_SENTENCES[exercise.measurement]}</span>
        </Item>
        <Item label="Coaching cues">{exercise.cues ? <span className="whitespace-pre-line">{exercise.cues}</span> : <span className="text-muted">None yet.</span>}</Item>
        {exercise.instructions.length ? (
          <Item label="Steps">
            <ol className="ml-5 list-decimal space-y-1">
              {exercise.instructions.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </Item>
        ) : null}
        <Item label="Video">
          {exercise.video_url ? (
            <a href={exercise.video_url} target="_blank" rel="noopener noreferrer" className="break-all text-primary-text underline">
              Watch the demonstration
            </a>
          ) : (
            <span className="text-muted">No video.</span>
          )}
        </Item>
      </dl>
      {exercise.built_in ? (
        <p className="text-sm text-muted">Built-in exercises are shared by every studio. Editing this one makes your studio’s own copy, which replaces it in your library.</p>
      ) : exercise.based_on_id ? (
        <p className="text-sm text-muted">Your studio’s own copy of a built-in exercise; other studios still see the original.</p>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        {canArchive ? (
          <Button variant={exercise.archived_at ? 'secondary' : 'danger'} loading={archiving} onClick={() => onArchive(!!exercise.archived_at)}>
            {exercise.archived_at ? 'Restore' : 'Archive'}
          </Button>
        ) : null}
        <Button onClick={onEdit}>{exercise.built_in ? 'Edit as studio copy' : 'Edit'}</Button>
      </div>
    </div>
  );
}
