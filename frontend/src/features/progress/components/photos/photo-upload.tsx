import { useId, useState } from 'react';
import { POSE_LABELS, POSES, type Pose, type ProgressPhoto } from '@/features/progress/api/get-client-photos';
import { useUploadProgressPhoto } from '@/features/progress/api/upload-progress-photo';
import { fileUrl, todayIn } from '@/features/progress/components/photos/photo-format';
import { InputField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';

/**
 * Upload the day's front, side and back photos: each pose is a big tap target that opens the phone's
 * camera (or the file picker on a computer); a pose already taken that day shows its picture and is replaced.
 */
export function PhotoUpload({ clientId, timeZone, days }: { clientId: number; timeZone?: string | null; days: { taken_on: string; photos: ProgressPhoto[] }[] }) {
  const today = todayIn(timeZone);
  const [takenOn, setTakenOn] = useState(today);
  const upload = useUploadProgressPhoto();
  const [sending, setSending] = useState<Pose | null>(null);
  const toast = useToast();
  const ids = useId();
  const existing = days.find((day) => day.taken_on === takenOn)?.photos ?? [];

  function send(pose: Pose, file: File | undefined) {
    if (!file) return;
    setSending(pose);
    upload.mutate(
      { clientId, pose, takenOn, file },
      {
        onSuccess: () => toast.success(`${POSE_LABELS[pose]} photo saved.`),
        onError: (error) => toast.error(errorMessage(error)),
        onSettled: () => setSending(null),
      },
    );
  }

  return (
    <div className="flex flex-col gap-3" data-testid="photo-upload">
      <InputField label="Day" type="date" value={takenOn} max={today} onChange={(event) => setTakenOn(event.target.value || today)} wrapperClassName="max-w-48" />
      <div className="grid grid-cols-3 gap-2">
        {POSES.map((pose) => {
          const photo = existing.find((item) => item.pose === pose);
          const inputId = `${ids}-${pose}`;
          return (
            <label
              key={pose}
              htmlFor={inputId}
              className={cn(
                'relative flex aspect-[3/4] cursor-pointer flex-col items-center justify-center gap-1 overflow-hidden rounded-lg border-2 border-dashed border-border bg-surface-muted text-center text-sm font-semibold focus-within:outline focus-within:outline-2 focus-within:outline-primary',
                photo && 'border-solid',
              )}
            >
              {photo ? <img src={fileUrl(photo.thumbnail_url)} alt="" className="absolute inset-0 size-full object-cover" /> : null}
              <span className={cn('relative rounded px-2 py-1', photo && 'bg-black/60 text-white')}>
                {sending === pose ? 'Uploading…' : photo ? `Replace ${POSE_LABELS[pose].toLowerCase()}` : `Add ${POSE_LABELS[pose].toLowerCase()}`}
              </span>
              <input
                id={inputId}
                type="file"
                accept="image/*"
                capture="environment"
                className="sr-only"
                aria-label={`${POSE_LABELS[pose]} photo`}
                disabled={sending !== null}
                onChange={(event) => {
                  send(pose, event.target.files?.[0]);
                  event.target.value = '';
                }}
              />
            </label>
          );
        })}
      </div>
    </div>
  );
}
