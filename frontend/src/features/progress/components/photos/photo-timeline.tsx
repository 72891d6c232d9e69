import { useState } from 'react';
import { useDeleteProgressPhoto } from '@/features/progress/api/delete-progress-photo';
import { POSE_LABELS, type PhotoDay, type ProgressPhoto } from '@/features/progress/api/get-client-photos';
import { fileUrl, photoDay } from '@/features/progress/components/photos/photo-format';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

/** Every day with photos, newest first, its poses as thumbnails; each can be opened full size or deleted. */
export function PhotoTimeline({ clientId, days }: { clientId: number; days: PhotoDay[] }) {
  const [deleting, setDeleting] = useState<ProgressPhoto | null>(null);
  const remove = useDeleteProgressPhoto();
  const toast = useToast();
  return (
    <>
      <ol className="flex flex-col gap-4" aria-label="Photos by day">
        {days.map((day) => (
          <li key={day.taken_on} className="flex flex-col gap-2">
            <h4 className="text-sm font-semibold">{photoDay(day.taken_on)}</h4>
            <ul className="grid grid-cols-3 gap-2">
              {day.photos.map((photo) => (
                <li key={photo.id} className="flex flex-col gap-1">
                  <a href={fileUrl(photo.url)} target="_blank" rel="noreferrer" className="block overflow-hidden rounded-lg bg-surface-muted">
                    <img
                      src={fileUrl(photo.thumbnail_url)}
                      alt={`${POSE_LABELS[photo.pose]}, ${photoDay(day.taken_on)}`}
                      loading="lazy"
                      className="aspect-[3/4] w-full object-cover"
                    />
                  </a>
                  <div className="flex items-center justify-between gap-1 text-xs text-muted">
                    <span>{POSE_LABELS[photo.pose]}</span>
                    <button
                      type="button"
                      className="min-h-11 min-w-11 rounded-lg px-2 text-danger hover:bg-danger-soft"
                      aria-label={`Delete ${POSE_LABELS[photo.pose].toLowerCase()} photo of ${photoDay(day.taken_on)}`}
                      onClick={() => setDeleting(photo)}
                    >
                      Delete
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this photo?"
        confirmLabel="Delete photo"
        danger
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { clientId, photoId: deleting.id },
            {
              onSuccess: () => {
                toast.success('Photo deleted.');
                setDeleting(null);
              },
              onError: (error) => toast.error(errorMessage(error)),
            },
          )
        }
      >
        {deleting ? `The ${POSE_LABELS[deleting.pose].toLowerCase()} photo of ${photoDay(deleting.taken_on)} is deleted for good.` : null}
      </ConfirmDialog>
    </>
  );
}
