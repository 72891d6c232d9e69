import { useState } from 'react';
import { Link } from 'react-router';
import { useClientDocuments } from '@/features/documents/api/get-client-documents';
import { categoryLabel, fileKind, formatSize } from '@/features/documents/components/labels';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';

/** The documents the studio shared with the signed-in client, waivers to sign first: big tap targets for a phone. */
export function PortalDocumentsList({ clientId }: { clientId: number }) {
  const [page, setPage] = useState(1);
  const documents = useClientDocuments(clientId, { page, per_page: 25 });
  if (documents.isPending) return <Spinner />;
  if (documents.isError) return <ErrorState error={documents.error} onRetry={() => documents.refetch()} />;
  const items = documents.data.items;
  if (items.length === 0) return <EmptyState title="Nothing shared with you yet">Plans, forms and waivers your studio shares with you will appear here.</EmptyState>;
  const toSign = items.filter((item) => item.signature_status === 'unsigned' || item.signature_status === 'outdated');
  return (
    <>
      {toSign.length ? (
        <p className="mb-3 rounded-lg bg-primary-soft p-3 text-sm font-medium" role="status">
          {toSign.length === 1 ? `${toSign[0].title} is waiting for your signature.` : `${toSign.length} waivers are waiting for your signature.`}
        </p>
      ) : null}
      <ul className="flex flex-col gap-2" aria-label="Your documents">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={paths.portalDocument.getHref(item.id)} className="flex min-h-16 items-center justify-between gap-3 rounded-xl border border-border bg-surface p-4 hover:bg-surface-muted">
              <div className="min-w-0">
                <p className="font-semibold">{item.title}</p>
                <p className="text-sm text-muted">
                  {`${categoryLabel(item.category)} · ${fileKind(item.current_version.content_type)}, ${formatSize(item.current_version.size_bytes)} · shared ${formatDate(item.shared_at)}`}
                </p>
              </div>
              {item.signature_status ? (
                <Badge tone={item.signature_status === 'signed' ? 'success' : 'danger'} className="shrink-0">
                  {item.signature_status === 'signed' ? 'Signed' : item.signature_status === 'outdated' ? 'Sign again' : 'Sign'}
                </Badge>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
      {documents.data.meta.pages > 1 ? (
        <div className="mt-3 flex justify-between">
          <Button variant="ghost" disabled={!documents.data.meta.has_prev} onClick={() => setPage(page - 1)}>
            Previous
          </Button>
          <Button variant="ghost" disabled={!documents.data.meta.has_next} onClick={() => setPage(page + 1)}>
            Next
          </Button>
        </div>
      ) : null}
    </>
  );
}
