import { usePreviewMessage } from '@/features/automation/api/preview-message';
import { Button } from '@/components/ui/button';
import { ApiError, errorMessage } from '@/lib/api-error';

/**
 * "Preview" for a message step: the server fills it with the sample client's values (Alex Morgan),
 * exactly as it will fill it for a real one. Template errors are shown beside the fields by the editor.
 */
export function MessagePreview({ subject, body, label, onFieldErrors }: { subject?: string; body: string; label: string; onFieldErrors: (errors: Record<string, string[]>) => void }) {
  const preview = usePreviewMessage();
  // A preview of words since changed would mislead: it is shown only while the texts are what it filled.
  const current = preview.variables?.body === body && (preview.variables?.subject ?? undefined) === (subject ?? undefined);
  const shown = preview.data && !preview.isPending && current ? preview.data : null;
  return (
    <div className="flex flex-col gap-2 sm:col-span-2">
      <Button
        variant="secondary"
        className="self-start"
        loading={preview.isPending}
        disabled={!body.trim()}
        onClick={() =>
          preview.mutate(
            { subject: subject ?? null, body },
            {
              onSuccess: () => onFieldErrors({}),
              onError: (error) => onFieldErrors(error instanceof ApiError ? error.fields : {}),
            },
          )
        }
        aria-label={`Preview ${label}`}
      >
        Preview
      </Button>
      {preview.isError && !(preview.error instanceof ApiError && Object.keys(preview.error.fields).length) ? (
        <p className="text-sm text-danger" role="alert">
          {errorMessage(preview.error)}
        </p>
      ) : null}
      {shown ? (
        <figure className="rounded-lg border border-border bg-surface-muted p-3 text-sm" aria-label={`${label} as Alex Morgan reads it`}>
          <figcaption className="mb-2 text-xs text-muted">As your sample client, Alex Morgan, reads it</figcaption>
          {shown.subject ? <p className="mb-2 font-semibold break-words">{shown.subject}</p> : null}
          <p className="break-words whitespace-pre-wrap">{shown.body_text}</p>
        </figure>
      ) : null}
    </div>
  );
}
