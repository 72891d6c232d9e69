import { useState, type DragEvent } from 'react';
import { useDocumentFolders } from '@/features/documents/api/get-document-folders';
import { useUploadDocument } from '@/features/documents/api/upload-document';
import { ACCEPTED_FILES, CATEGORIES, formatSize } from '@/features/documents/components/labels';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { cn } from '@/lib/cn';

type Props = {
  open: boolean;
  onClose: () => void;
  /** A file dropped on the library before the dialog opened. */
  initialFile?: File | null;
  /** Upload a new version of this document instead of a new document. */
  documentId?: number;
  folderId?: number | null;
  onUploaded?: (documentId: number) => void;
};

function titleFrom(name: string): string {
  const bare = name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Drop zone and form for uploading a document (or a new version), with a progress bar while it sends. */
export function UploadDialog({ open, onClose, initialFile = null, documentId, folderId = null, onUploaded }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={documentId ? 'Upload a new version' : 'Upload a document'}>
      {open ? <UploadForm key={initialFile?.name ?? 'empty'} initialFile={initialFile} documentId={documentId} folderId={folderId} onClose={onClose} onUploaded={onUploaded} /> : null}
    </Dialog>
  );
}

function UploadForm({ initialFile, documentId, folderId, onClose, onUploaded }: Omit<Props, 'open'>) {
  const toast = useToast();
  const upload = useUploadDocument();
  const folders = useDocumentFolders();
  const [file, setFile] = useState<File | null>(initialFile ?? null);
  const [title, setTitle] = useState(initialFile ? titleFrom(initialFile.name) : '');
  const [category, setCategory] = useState('other');
  const [folder, setFolder] = useState(folderId ? String(folderId) : '');
  const [tags, setTags] = useState('');
  const [description, setDescription] = useState('');
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);

  const choose = (chosen: File | undefined | null) => {
    if (!chosen) return;
    setFile(chosen);
    if (!title) setTitle(titleFrom(chosen.name));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  const submit = () => {
    if (!file) return;
    setProgress(0);
    const common = { file, onProgress: setProgress };
    const input = documentId
      ? { ...common, documentId, note: note || undefined }
      : {
          ...common,
          fields: {
            title,
            category,
            description: description || undefined,
            folder_id: folder ? Number(folder) : null,
            tags: tags.split(',').map((tag) => tag.trim()).filter(Boolean),
            note: note || undefined,
          },
        };
    upload.mutate(input, {
      onSuccess: (document) => {
        toast.success(documentId ? `Uploaded version ${document.current_version?.number} of ${document.title}.` : `Uploaded ${document.title}.`);
        onUploaded?.(document.id);
        onClose();
      },
      onSettled: () => setProgress(null),
    });
  };

  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          'flex min-h-28 cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border-2 border-dashed border-border p-4 text-center text-sm',
          dragging && 'border-primary bg-primary-soft',
        )}
      >
        <input type="file" className="sr-only" accept={ACCEPTED_FILES} data-testid="document-file" onChange={(event) => choose(event.target.files?.[0])} />
        {file ? (
          <>
            <span className="font-semibold">{file.name}</span>
            <span className="text-muted">{formatSize(file.size)} · choose or drop another to replace it</span>
          </>
        ) : (
          <>
            <span className="font-semibold">Drop a file here, or choose one</span>
            <span className="text-muted">PDF, images, Word, Excel, PowerPoint or text; up to 100 MB</span>
          </>
        )}
      </label>
      {documentId ? null : (
        <>
          <InputField label="Title" value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField label="Category" value={category} onChange={(event) => setCategory(event.target.value)}>
              {CATEGORIES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            <SelectField label="Folder" value={folder} onChange={(event) => setFolder(event.target.value)}>
              <option value="">No folder</option>
              {(folders.data ?? []).map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </SelectField>
          </div>
          <InputField label="Tags" hint="Separated by commas, e.g. beginner, legal" value={tags} onChange={(event) => setTags(event.target.value)} />
          <TextareaField label="Description" value={description} onChange={(event) => setDescription(event.target.value)} maxLength={5000} />
        </>
      )}
      <InputField label="Note about this version" hint="Optional: what changed" value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} />
      {progress !== null ? (
        <div role="progressbar" aria-label="Upload progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)} className="h-2 overflow-hidden rounded-full bg-surface-muted">
          <div className="h-full bg-primary transition-[width]" style={{ width: `${Math.round(progress * 100)}%` }} />
        </div>
      ) : null}
      <FormAlert message={upload.error?.message} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={upload.isPending} disabled={!file || (!documentId && !title.trim())}>
          Upload
        </Button>
      </div>
    </form>
  );
}
