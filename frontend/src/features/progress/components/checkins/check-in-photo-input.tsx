import { useId, useState } from 'react';
import { useUploadCheckInPhoto } from '@/features/progress/api/upload-check-in-photo';
import { buttonClass } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-error';

/** A photo answer: the phone's camera (or a picture from the library), uploaded at once and shown back. */
export function CheckInPhotoInput({ clientId, label, onUploaded }: { clientId: number; label: string; onUploaded: (storedFileId: number | null) => void }) {
  const upload = useUploadCheckInPhoto();
  const id = useId();
  const [preview, setPreview] = useState<string | null>(null);

  const choose = (file: File | undefined) => {
    if (!file) return;
    onUploaded(null);
    setPreview(null);
    upload.mutate(
      { clientId, file },
      {
        onSuccess: (stored) => {
          setPreview(stored.thumbnail_url);
          onUploaded(stored.stored_file_id);
        },
      },
    );
  };

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className={buttonClass('secondary', 'min-h-12 cursor-pointer')}>
        {upload.isPending ? 'Uploading…' : preview ? 'Take another photo' : 'Take or choose a photo'}
      </label>
      <input id={id} type="file" accept="image/*" capture="environment" className="sr-only" aria-label={label} onChange={(event) => choose(event.target.files?.[0])} />
      {upload.error ? (
        <p className="text-sm text-danger" role="alert">
          {errorMessage(upload.error)}
        </p>
      ) : null}
      {preview ? <img src={preview} alt={`${label}: your photo`} className="max-h-56 w-fit rounded-lg border border-border" /> : null}
    </div>
  );
}
