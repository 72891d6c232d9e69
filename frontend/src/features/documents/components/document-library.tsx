import { useState, type DragEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentFolders, type DocumentFolder } from '@/features/documents/api/get-document-folders';
import { useDocumentTags } from '@/features/documents/api/get-document-tags';
import { useDocuments, type DocumentQuery, type LibraryDocument } from '@/features/documents/api/get-documents';
import { useDeleteDocumentFolder } from '@/features/documents/api/save-document-folder';
import { FolderDialog } from '@/features/documents/components/folder-dialog';
import { CATEGORIES, categoryLabel, fileKind, formatSize } from '@/features/documents/components/labels';
import { UploadDialog } from '@/features/documents/components/upload-dialog';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FilterSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { SearchInput } from '@/components/ui/search-input';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { formatDate } from '@/lib/format';

type Place = { kind: 'all' } | { kind: 'unfiled' } | { kind: 'folder'; folder: DocumentFolder };

/** Folders as a tree, depth-first, each with its depth. */
function tree(folders: DocumentFolder[]): [DocumentFolder, number][] {
  const children = new Map<number | null, DocumentFolder[]>();
  for (const folder of folders) children.set(folder.parent_id, [...(children.get(folder.parent_id) ?? []), folder]);
  const ids = new Set(folders.map((folder) => folder.id));
  const out: [DocumentFolder, number][] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const folder of children.get(parent) ?? []) {
      out.push([folder, depth]);
      walk(folder.id, depth + 1);
    }
  };
  walk(null, 0);
  // Folders whose parent is past the first page still show, at the top.
  for (const folder of folders) if (folder.parent_id !== null && !ids.has(folder.parent_id)) out.push([folder, 0]);
  return out;
}

/** The staff library: folders, search, category and tag filters, upload by button or by dropping a file. */
export function DocumentLibrary() {
  const navigate = useNavigate();
  const toast = useToast();
  const [place, setPlace] = useState<Place>({ kind: 'all' });
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const [tag, setTag] = useState('');
  const [archived, setArchived] = useState('');
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const [uploading, setUploading] = useState<{ file: File | null } | null>(null);
  const [dragging, setDragging] = useState(false);
  const folders = useDocumentFolders();
  const tags = useDocumentTags();
  const [namingFolder, setNamingFolder] = useState(false);
  const deleteFolder = useDeleteDocumentFolder();

  const query: DocumentQuery = {
    q: q || undefined,
    category: (category || undefined) as DocumentQuery['category'],
    tag: tag || undefined,
    archived: (archived || undefined) as DocumentQuery['archived'],
    folder_id: place.kind === 'folder' ? place.folder.id : undefined,
    unfiled: place.kind === 'unfiled' ? true : undefined,
    page,
    per_page: perPage,
  };
  const documents = useDocuments(query);
  const folderId = place.kind === 'folder' ? place.folder.id : null;
  const go = (next: Place) => {
    setPlace(next);
    setPage(1);
  };

  const newFolder = () => setNamingFolder(true);
  const removeFolder = (folder: DocumentFolder) =>
    deleteFolder.mutate(folder.id, {
      onSuccess: () => {
        toast.success(`Removed the folder ${folder.name}.`);
        go({ kind: 'all' });
      },
      onError: (error) => toast.error(error.message),
    });

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) setUploading({ file });
  };

  const folderList = tree(folders.data ?? []);
  const placeButton = (label: string, target: Place, active: boolean, depth = 0, count?: number) => (
    <button
      type="button"
      onClick={() => go(target)}
      aria-current={active || undefined}
      className={cn('flex min-h-11 w-full items-center justify-between gap-2 rounded-lg px-3 text-left text-sm hover:bg-surface-muted', active && 'bg-primary-soft font-semibold text-primary-text')}
      style={{ paddingLeft: `${0.75 + depth}rem` }}
    >
      <span className="truncate">{label}</span>
      {count !== undefined ? <span className="text-xs text-muted">{count}</span> : null}
    </button>
  );

  return (
    <div
      className="grid gap-4 lg:grid-cols-[15rem_1fr]"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(event) => event.currentTarget === event.target && setDragging(false)}
      onDrop={onDrop}
    >
      <nav aria-label="Folders" className="hidden lg:block">
        <Card className="flex flex-col gap-1 p-2 sm:p-2">
          {placeButton('All documents', { kind: 'all' }, place.kind === 'all')}
          {placeButton('Not in a folder', { kind: 'unfiled' }, place.kind === 'unfiled')}
          {folderList.map(([folder, depth]) =>
            placeButton(folder.name, { kind: 'folder', folder }, place.kind === 'folder' && place.folder.id === folder.id, depth + 0.5, folder.document_count),
          )}
          <Button variant="ghost" onClick={newFolder} className="justify-start">
            + New folder
          </Button>
        </Card>
      </nav>
      <div className="min-w-0">
        <div className="mb-3 flex flex-wrap items-end gap-3">
          <div className="min-w-48 flex-1">
            <SearchInput
              value={q}
              onSearch={(value) => {
                setQ(value);
                setPage(1);
              }}
              label="Search documents"
              placeholder="Title or tag"
            />
          </div>
          <FilterSelect
            label="Folder"
            className="lg:hidden"
            value={place.kind === 'folder' ? String(place.folder.id) : place.kind}
            onChange={(value) => {
              const folder = folderList.find(([item]) => String(item.id) === value)?.[0];
              go(folder ? { kind: 'folder', folder } : value === 'unfiled' ? { kind: 'unfiled' } : { kind: 'all' });
            }}
          >
            <option value="all">All documents</option>
            <option value="unfiled">Not in a folder</option>
            {folderList.map(([folder, depth]) => (
              <option key={folder.id} value={folder.id}>
                {`${'  '.repeat(depth)}${folder.name}`}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label="Category"
            value={category}
            onChange={(value) => {
              setCategory(value);
              setPage(1);
            }}
          >
            <option value="">Any category</option>
            {CATEGORIES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect
            label="Archived"
            value={archived}
            onChange={(value) => {
              setArchived(value);
              setPage(1);
            }}
          >
            <option value="">Hide archived</option>
            <option value="include">Show archived too</option>
            <option value="only">Only archived</option>
          </FilterSelect>
          <Button onClick={() => setUploading({ file: null })}>Upload</Button>
        </div>
        {tags.data?.length ? (
          <div className="mb-3 flex flex-wrap gap-2" aria-label="Tags">
            {tags.data.map((item) => (
              <button
                key={item.tag}
                type="button"
                aria-pressed={tag === item.tag}
                onClick={() => {
                  setTag(tag === item.tag ? '' : item.tag);
                  setPage(1);
                }}
                className={cn('min-h-9 rounded-full border border-border px-3 text-sm', tag === item.tag ? 'bg-primary text-primary-foreground' : 'hover:bg-surface-muted')}
              >
                {`#${item.tag}`}
              </button>
            ))}
          </div>
        ) : null}
        {place.kind === 'folder' ? (
          <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold">{place.folder.name}</span>
            <Button variant="ghost" onClick={newFolder} className="lg:hidden">
              + Folder inside
            </Button>
            <Button variant="ghost" onClick={() => removeFolder(place.folder)}>
              Remove folder
            </Button>
          </div>
        ) : (
          <Button variant="ghost" onClick={newFolder} className="mb-3 lg:hidden">
            + New folder
          </Button>
        )}
        <div className={cn('rounded-xl', dragging && 'outline-2 outline-dashed outline-primary')}>
          {documents.isPending ? (
            <Spinner />
          ) : documents.isError ? (
            <ErrorState error={documents.error} onRetry={() => documents.refetch()} />
          ) : documents.data.items.length === 0 ? (
            <EmptyState title={q || category || tag ? 'No documents match' : 'No documents here yet'} action={<Button onClick={() => setUploading({ file: null })}>Upload a document</Button>}>
              Drop a file anywhere on this page to upload it.
            </EmptyState>
          ) : (
            <>
              <ul className="flex flex-col gap-2" aria-label="Documents">
                {documents.data.items.map((document) => (
                  <DocumentRow key={document.id} document={document} />
                ))}
              </ul>
              <ListFooter
                meta={documents.data.meta}
                onPage={setPage}
                onPerPage={(size) => {
                  setPerPage(size);
                  setPage(1);
                }}
              />
            </>
          )}
        </div>
      </div>
      <FolderDialog open={namingFolder} parent={place.kind === 'folder' ? place.folder : null} onClose={() => setNamingFolder(false)} />
      <UploadDialog
        open={uploading !== null}
        initialFile={uploading?.file}
        folderId={folderId}
        onClose={() => setUploading(null)}
        onUploaded={(id) => navigate(paths.document.getHref(id))}
      />
    </div>
  );
}

function DocumentRow({ document }: { document: LibraryDocument }) {
  const version = document.current_version;
  const sharing = document.shared_with_all ? 'Every client' : document.share_count ? `${document.share_count} client${document.share_count === 1 ? '' : 's'}` : 'Not shared';
  return (
    <li>
      <Link to={paths.document.getHref(document.id)} className="block rounded-xl border border-border bg-surface p-3 hover:bg-surface-muted sm:p-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div className="min-w-0">
            <p className="truncate font-semibold">{document.title}</p>
            <p className="text-sm text-muted">
              {[categoryLabel(document.category), version ? `${fileKind(version.content_type)}, ${formatSize(version.size_bytes)}` : null, `version ${document.version_count}`, `updated ${formatDate(document.updated_at)}`]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
          <div className="flex flex-wrap gap-1">
            {document.archived_at ? <Badge tone="warning">Archived</Badge> : null}
            {document.folder ? <Badge>{document.folder.name}</Badge> : null}
            <Badge tone={document.shared_with_all || document.share_count ? 'primary' : 'neutral'}>{sharing}</Badge>
          </div>
        </div>
        {document.tags.length ? <p className="mt-1 text-xs text-muted">{document.tags.map((item) => `#${item}`).join(' ')}</p> : null}
      </Link>
    </li>
  );
}
