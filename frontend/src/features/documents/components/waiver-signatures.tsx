import { useState } from 'react';
import { useDocumentSignatures, type SignatureStatusQuery } from '@/features/documents/api/get-document-signatures';
import { SIGNATURE_LABELS } from '@/features/documents/components/labels';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { FilterSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { ErrorState, Spinner } from '@/components/ui/states';
import { formatDateTime } from '@/lib/format';

const TONES = { signed: 'success', outdated: 'warning', unsigned: 'danger' } as const;

/** Who the waiver is shared with and where each stands: signed this version, an earlier one, or not yet. */
export function WaiverSignatures({ documentId, currentNumber, timeZone }: { documentId: number; currentNumber: number; timeZone?: string }) {
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const query: SignatureStatusQuery = { status: (status || undefined) as SignatureStatusQuery['status'], page, per_page: perPage };
  const signatures = useDocumentSignatures(documentId, query);
  return (
    <Card>
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-lg font-bold">Signatures</h2>
          <p className="text-sm text-muted">{`Clients sign the current version, version ${currentNumber}. A new version asks everyone again.`}</p>
        </div>
        <FilterSelect
          label="Show"
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
        >
          <option value="">Everyone</option>
          <option value="unsigned">Not signed yet</option>
          <option value="outdated">Signed an earlier version</option>
          <option value="signed">Signed</option>
        </FilterSelect>
      </div>
      {signatures.isPending ? (
        <Spinner />
      ) : signatures.isError ? (
        <ErrorState error={signatures.error} onRetry={() => signatures.refetch()} />
      ) : signatures.data.items.length === 0 ? (
        <p className="text-sm text-muted">{status ? 'Nobody here.' : 'Share this waiver with clients to ask them to sign it.'}</p>
      ) : (
        <>
          <ul className="flex flex-col divide-y divide-border" aria-label="Signature status">
            {signatures.data.items.map((item) => (
              <li key={item.client_id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                <div className="min-w-0">
                  <p className="font-semibold">{item.client_name}</p>
                  {item.signature ? (
                    <p className="text-muted">
                      {`Signed by “${item.signature.typed_name}” on ${formatDateTime(item.signature.signed_at, timeZone)} (version ${item.signature.version_number})`}
                      <span className="block break-all text-xs">{`SHA-256 ${item.signature.sha256}${item.signature.ip_address ? ` · from ${item.signature.ip_address}` : ''}`}</span>
                    </p>
                  ) : null}
                </div>
                <Badge tone={TONES[item.status as keyof typeof TONES] ?? 'neutral'}>{SIGNATURE_LABELS[item.status] ?? item.status}</Badge>
              </li>
            ))}
          </ul>
          <ListFooter
            meta={signatures.data.meta}
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
