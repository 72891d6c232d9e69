import { useState } from 'react';
import { useArchiveDocument } from '@/features/documents/api/archive-document';
import { useDocument, type DocumentDetail } from '@/features/documents/api/get-document';
import { useDocumentFolders } from '@/features/documents/api/get-document-folders';
import { useDocumentShares } from '@/features/documents/api/get-document-shares';
import { useDocumentVersions, versionDownloadHref } from '@/features/documents/api/get-document-versions';
import { useRestoreDocumentVersion } from '@/features/documents/api/restore-document-version';
import { useShareDocument } from '@/features/documents/api/share-document';
import { useUpdateDocument } from '@/features/documents/api/update-document';
import { CATEGORIES, categoryLabel, fileKind, formatSize } from '@/features/documents/components/labels';
import { ShareDialog } from '@/features/documents/components/share-dialog';
import { UploadDialog } from '@/features/documents/components/upload-dialog';
import { WaiverSignatures } from '@/features/documents/components/waiver-signatures';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink, buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

/** A document for staff: its file, versions (download or restore any), who it is shared with, and waiver signatures. */
export function DocumentDetails({ documentId, timeZone }: { documentId: number; timeZone?: string }) {
  const document = useDocument(documentId);
  if (document.isPending) return <Spinner />;
  if (document.isError) return <ErrorState error={document.error} onRetry={() => document.refetch()} />;
  return <Details document={document.data} timeZone={timeZone} />;
}

function Details({ document, timeZone }: { document: DocumentDetail; timeZone?: string }) {
  const toast = useToast();
  const archive = useArchiveDocument();
  const [dialog, setDialog] = useState<'upload' | 'share' | 'edit' | 'archive' | null>(null);
  const version = document.current_version;
  return (
    <>
      <ButtonLink to={paths.documents.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Documents
      </ButtonLink>
      <PageHeader
        title={document.title}
        description={[categoryLabel(document.category), document.folder ? `in ${document.folder.name}` : null, document.created_by_name ? `added by ${document.created_by_name}` : null]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <>
            {document.download_url ? (
              <a className={buttonClass('secondary')} href={document.download_url}>
                Download
              </a>
            ) : null}
            <Button variant="secondary" onClick={() => setDialog('edit')}>
              Edit
            </Button>
            <Button variant="secondary" onClick={() => setDialog('upload')}>
              New version
            </Button>
            <Button onClick={() => setDialog('share')}>Share</Button>
          </>
        }
      />
      <div className="mb-4 flex flex-wrap gap-2">
        {document.archived_at ? <Badge tone="warning">{`Archived ${formatDateTime(document.archived_at, timeZone)}`}</Badge> : null}
        {version ? <Badge>{`Version ${version.number}: ${version.file_name}, ${fileKind(version.content_type)}, ${formatSize(version.size_bytes)}`}</Badge> : null}
        {document.tags.map((tag) => (
          <Badge key={tag}>{`#${tag}`}</Badge>
        ))}
      </div>
      {document.description ? <p className="mb-4 whitespace-pre-line text-sm">{document.description}</p> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Versions document={document} timeZone={timeZone} />
        <Sharing document={document} timeZone={timeZone} onShare={() => setDialog('share')} />
        {document.category === 'waiver' ? (
          <div className="lg:col-span-2">
            <WaiverSignatures documentId={document.id} currentNumber={version?.number ?? 0} timeZone={timeZone} />
          </div>
        ) : null}
      </div>
      {document.can_archive ? (
        <div className="mt-6">
          {document.archived_at ? (
            <Button
              variant="secondary"
              loading={archive.isPending}
              onClick={() => archive.mutate({ documentId: document.id, restore: true }, { onSuccess: () => toast.success(`Restored ${document.title}.`) })}
            >
              Restore document
            </Button>
          ) : (
            <Button variant="danger" onClick={() => setDialog('archive')}>
              Archive document
            </Button>
          )}
        </div>
      ) : null}
      <UploadDialog open={dialog === 'upload'} documentId={document.id} onClose={() => setDialog(null)} />
      <ShareDialog document={document} open={dialog === 'share'} onClose={() => setDialog(null)} />
      <EditDialog document={document} open={dialog === 'edit'} onClose={() => setDialog(null)} />
      <ConfirmDialog
        open={dialog === 'archive'}
        title={`Archive ${document.title}?`}
        confirmLabel="Archive"
        danger
        loading={archive.isPending}
        onClose={() => setDialog(null)}
        onConfirm={() =>
          archive.mutate(
            { documentId: document.id },
            {
              onSuccess: () => {
                toast.success(`Archived ${document.title}; clients no longer see it.`);
                setDialog(null);
              },
            },
          )
        }
      >
        Clients it is shared with will no longer see it. Its versions and signatures are kept, and you can restore it.
      </ConfirmDialog>
    </>
  );
}

function Versions({ document, timeZone }: { document: DocumentDetail; timeZone?: string }) {
  const toast = useToast();
  const [page, setPage] = useState(1);
  const versions = useDocumentVersions(document.id, page);
  const restore = useRestoreDocumentVersion();
  return (
    <Card>
      <h2 className="mb-3 text-lg font-bold">Versions</h2>
      {versions.isPending ? (
        <Spinner />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => versions.refetch()} />
      ) : (
        <ol className="flex flex-col divide-y divide-border" aria-label="Versions">
          {versions.data.items.map((item) => (
            <li key={item.number} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0 text-sm">
                <p className="font-semibold">
                  {`Version ${item.number}`}
                  {item.is_current ? <Badge tone="success" className="ml-2">Current</Badge> : null}
                </p>
                <p className="text-muted">
                  {[
                    `${item.uploaded_by_name ?? 'Someone no longer here'}, ${formatDateTime(item.created_at, timeZone)}`,
                    `${item.file_name}, ${formatSize(item.size_bytes)}`,
                    item.restored_from_number ? `restored from version ${item.restored_from_number}` : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {item.note ? <p className="italic">{item.note}</p> : null}
              </div>
              <div className="flex gap-1">
                <a className={buttonClass('ghost')} href={versionDownloadHref(document.id, item.number)} aria-label={`Download version ${item.number}`}>
                  Download
                </a>
                {item.is_current ? null : (
                  <Button
                    variant="ghost"
                    loading={restore.isPending && restore.variables?.number === item.number}
                    onClick={() =>
                      restore.mutate(
                        { documentId: document.id, number: item.number },
                        { onSuccess: (changed) => toast.success(`Version ${item.number} is current again, as version ${changed.current_version?.number}.`), onError: (error) => toast.error(error.message) },
                      )
                    }
                  >
                    Restore
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {versions.data && versions.data.meta.pages > 1 ? (
        <div className="mt-2 flex gap-2">
          <Button variant="ghost" disabled={!versions.data.meta.has_prev} onClick={() => setPage(page - 1)}>
            Newer
          </Button>
          <Button variant="ghost" disabled={!versions.data.meta.has_next} onClick={() => setPage(page + 1)}>
            Older
          </Button>
        </div>
      ) : null}
    </Card>
  );
}

function Sharing({ document, timeZone, onShare }: { document: DocumentDetail; timeZone?: string; onShare: () => void }) {
  const toast = useToast();
  const shares = useDocumentShares(document.id);
  const share = useShareDocument();
  return (
    <Card>
      <h2 className="mb-3 text-lg font-bold">Shared with</h2>
      {document.shared_with_all ? (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 rounded-lg bg-primary-soft p-3 text-sm">
          <span>Every client of the studio, clients who join later too.</span>
          {document.can_share_with_all ? (
            <Button variant="ghost" loading={share.isPending} onClick={() => share.mutate({ documentId: document.id, allClients: false }, { onSuccess: () => toast.success('No longer shared with every client.') })}>
              Stop
            </Button>
          ) : null}
        </div>
      ) : null}
      {shares.isPending ? (
        <Spinner />
      ) : shares.isError ? (
        <ErrorState error={shares.error} onRetry={() => shares.refetch()} />
      ) : shares.data.items.length === 0 && !document.shared_with_all ? (
        <p className="text-sm text-muted">
          Not shared yet.{' '}
          <button type="button" className="font-semibold text-primary-text underline" onClick={onShare}>
            Share it
          </button>
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-border" aria-label="Clients it is shared with">
          {shares.data.items.map((item) => (
            <li key={item.client_id} className="flex items-center justify-between gap-2 py-1.5 text-sm">
              <span>
                <span className="font-semibold">{item.client_name}</span>
                <span className="text-muted">{` · shared ${formatDateTime(item.created_at, timeZone)}${item.shared_by_name ? ` by ${item.shared_by_name}` : ''}`}</span>
              </span>
              <Button
                variant="ghost"
                onClick={() =>
                  share.mutate(
                    { documentId: document.id, unshareClientId: item.client_id },
                    { onSuccess: () => toast.success(`No longer shared with ${item.client_name}.`), onError: (error) => toast.error(error.message) },
                  )
                }
              >
                Unshare
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function EditDialog({ document, open, onClose }: { document: DocumentDetail; open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Edit document">
      {open ? <EditForm document={document} onClose={onClose} /> : null}
    </Dialog>
  );
}

function EditForm({ document, onClose }: { document: DocumentDetail; onClose: () => void }) {
  const toast = useToast();
  const update = useUpdateDocument();
  const folders = useDocumentFolders();
  const [title, setTitle] = useState(document.title);
  const [description, setDescription] = useState(document.description ?? '');
  const [category, setCategory] = useState(document.category);
  const [folder, setFolder] = useState(document.folder ? String(document.folder.id) : '');
  const [tags, setTags] = useState(document.tags.join(', '));
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate(
          {
            documentId: document.id,
            changes: {
              title,
              description: description || null,
              category: category as DocumentDetail['category'],
              folder_id: folder ? Number(folder) : null,
              tags: tags.split(',').map((tag) => tag.trim()).filter(Boolean),
            },
          },
          {
            onSuccess: (changed) => {
              toast.success(`Saved ${changed.title}.`);
              onClose();
            },
          },
        );
      }}
    >
      <InputField label="Title" value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Category" value={category} onChange={(event) => setCategory(event.target.value as DocumentDetail['category'])}>
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
      <InputField label="Tags" hint="Separated by commas" value={tags} onChange={(event) => setTags(event.target.value)} />
      <TextareaField label="Description" value={description} onChange={(event) => setDescription(event.target.value)} maxLength={5000} />
      <FormAlert message={update.error?.message} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={update.isPending}>
          Save
        </Button>
      </div>
    </form>
  );
}
