import { useState } from 'react';
import { usePhotoComparison } from '@/features/progress/api/compare-progress-photos';
import { POSE_LABELS, POSES, type Pose, type ProgressPhoto } from '@/features/progress/api/get-client-photos';
import { fileUrl, photoDay } from '@/features/progress/components/photos/photo-format';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { cn } from '@/lib/cn';

type Mode = 'side' | 'slider';

function Picture({ photo, label }: { photo?: ProgressPhoto; label: string }) {
  if (!photo) return <div className="flex aspect-[3/4] items-center justify-center rounded-lg bg-surface-muted p-2 text-center text-sm text-muted">No photo</div>;
  return <img src={fileUrl(photo.url)} alt={label} className="aspect-[3/4] w-full rounded-lg bg-surface-muted object-cover" />;
}

/** One photo over the other: the range input reveals the later one from the left. */
function Slider({ before, after, beforeLabel, afterLabel }: { before?: ProgressPhoto; after?: ProgressPhoto; beforeLabel: string; afterLabel: string }) {
  const [reveal, setReveal] = useState(50);
  if (!before || !after) return <p className="text-sm text-muted">The overlay needs this pose on both days.</p>;
  return (
    <div className="flex flex-col gap-2" data-testid="photo-slider">
      <div className="relative mx-auto w-full max-w-md overflow-hidden rounded-lg">
        <img src={fileUrl(before.url)} alt={beforeLabel} className="block aspect-[3/4] w-full object-cover" />
        <img
          src={fileUrl(after.url)}
          alt={afterLabel}
          className="absolute inset-0 aspect-[3/4] size-full object-cover"
          style={{ clipPath: `inset(0 ${100 - reveal}% 0 0)` }}
        />
        <div className="pointer-events-none absolute inset-y-0 w-0.5 bg-white shadow" style={{ left: `${reveal}%` }} aria-hidden />
      </div>
      <input
        type="range"
        min={0}
        max={100}
        value={reveal}
        onChange={(event) => setReveal(Number(event.target.value))}
        aria-label="Reveal the later photo"
        aria-valuetext={`${reveal}% of ${afterLabel} shown`}
        className="mx-auto h-11 w-full max-w-md accent-[var(--primary)]"
      />
    </div>
  );
}

/** Two days of a client's photos, pose by pose: side by side, or one over the other with a slider. */
export function PhotoCompare({ clientId, days }: { clientId: number; days: string[] }) {
  const [before, setBefore] = useState<string | null>(days.length > 1 ? days[days.length - 1] : null);
  const [after, setAfter] = useState<string | null>(days[0] ?? null);
  const [pose, setPose] = useState<Pose>('front');
  const [mode, setMode] = useState<Mode>('side');
  const comparison = usePhotoComparison(clientId, before, after);
  if (days.length < 2) return <EmptyState compact title="Nothing to compare yet">Photos of a second day appear here side by side with the first.</EmptyState>;
  const find = (photos: ProgressPhoto[] | undefined) => photos?.find((photo) => photo.pose === pose);
  const beforeLabel = `${POSE_LABELS[pose]}, ${before ? photoDay(before) : ''}`;
  const afterLabel = `${POSE_LABELS[pose]}, ${after ? photoDay(after) : ''}`;
  return (
    <div className="flex flex-col gap-3" data-testid="photo-compare">
      <div className="grid grid-cols-2 gap-2">
        <SelectField label="Before" value={before ?? ''} onChange={(event) => setBefore(event.target.value)}>
          {days.map((day) => (
            <option key={day} value={day}>
              {photoDay(day)}
            </option>
          ))}
        </SelectField>
        <SelectField label="After" value={after ?? ''} onChange={(event) => setAfter(event.target.value)}>
          {days.map((day) => (
            <option key={day} value={day}>
              {photoDay(day)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="group" aria-label="Pose" className="flex gap-1">
          {POSES.map((item) => (
            <Button key={item} variant={item === pose ? 'primary' : 'secondary'} aria-pressed={item === pose} className="px-3" onClick={() => setPose(item)}>
              {POSE_LABELS[item]}
            </Button>
          ))}
        </div>
        <div role="group" aria-label="View" className="flex gap-1">
          <Button variant={mode === 'side' ? 'primary' : 'secondary'} aria-pressed={mode === 'side'} className="px-3" onClick={() => setMode('side')}>
            Side by side
          </Button>
          <Button variant={mode === 'slider' ? 'primary' : 'secondary'} aria-pressed={mode === 'slider'} className="px-3" onClick={() => setMode('slider')}>
            Slider
          </Button>
        </div>
      </div>
      {comparison.isPending ? (
        <Spinner label="Loading photos…" />
      ) : comparison.isError ? (
        <ErrorState error={comparison.error} onRetry={() => comparison.refetch()} />
      ) : mode === 'side' ? (
        <div className="grid grid-cols-2 gap-2">
          {[
            { day: comparison.data.before, label: beforeLabel },
            { day: comparison.data.after, label: afterLabel },
          ].map(({ day, label }, index) => (
            <figure key={index} className="flex flex-col gap-1">
              <Picture photo={find(day.photos)} label={label} />
              <figcaption className={cn('text-center text-sm', index ? 'font-semibold' : 'text-muted')}>{photoDay(day.taken_on)}</figcaption>
            </figure>
          ))}
        </div>
      ) : (
        <Slider before={find(comparison.data.before.photos)} after={find(comparison.data.after.photos)} beforeLabel={beforeLabel} afterLabel={afterLabel} />
      )}
    </div>
  );
}
