import { useState } from 'react';
import { Link } from 'react-router';
import { useClientDocuments } from '@/features/documents/api/get-client-documents';
import { categoryLabel, SIGNATURE_LABELS } from '@/features/documents/components/labels';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ListFooter } from '@/components/ui/list-footer';
import { ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

const TONES = { signed: 'success', outdated: 'warning', unsigned: 'danger' } as const;

/** The staff client page's Documents tab: what is shared with this client, and where they stand on each waiver. */
export function ClientDocumentsSection({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const documents = useClientDocuments(clientId, { page, per_page: perPage });
  const zone = timeZone ?? undefined;
  return (
    <Card>
      <h2 className="mb-1 text-lg font-bold">Documents</h2>
      <p className="mb-3 text-sm text-muted">Shared with this client one by one or with every client; share more from the document library.</p>
      {documents.isPending ? (
        <Spinner />
      ) : documents.isError ? (
        <ErrorState error={documents.error} onRetry={() => documents.refetch()} />
      ) : documents.data.items.length === 0 ? (
        <p className="text-sm text-muted">Nothing is shared with this client yet.</p>
      ) : (
        <>
          <ul className="flex flex-col divide-y divide-border" aria-label="Documents shared with this client">
            {documents.data.items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                <div className="min-w-0">
                  <Link to={paths.document.getHref(item.id)} className="font-semibold text-primary-text hover:underline">
                    {item.title}
                  </Link>
                  <p className="text-muted">
                    {`${categoryLabel(item.category)} · version ${item.current_version.number} · shared ${formatDateTime(item.shared_at, zone)}`}
                  </p>
                  {item.signature ? (
                    <p className="text-muted">{`Signed by “${item.signature.typed_name}” on ${formatDateTime(item.signature.signed_at, zone)} (version ${item.signature.version_number})`}</p>
                  ) : null}
                </div>
                {item.signature_status ? <Badge tone={TONES[item.signature_status as keyof typeof TONES]}>{SIGNATURE_LABELS[item.signature_status]}</Badge> : null}
              </li>
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
    </Card>
  );
}
