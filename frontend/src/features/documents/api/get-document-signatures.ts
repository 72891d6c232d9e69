import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type SignatureStatus = Required<components['schemas']['WaiverSignatureStatus']>;
export type SignatureStatusPage = { items: SignatureStatus[]; meta: Required<components['schemas']['PageMeta']> };
export type SignatureStatusQuery = NonNullable<paths['/api/documents/{document_id}/signatures']['get']['parameters']['query']>;

export async function getDocumentSignatures(documentId: number, query: SignatureStatusQuery): Promise<SignatureStatusPage> {
  return unwrap(await api.GET('/api/documents/{document_id}/signatures', { params: { path: { document_id: documentId }, query } })) as SignatureStatusPage;
}

/** Who has signed a waiver's current version, an earlier one, or not at all. */
export function useDocumentSignatures(documentId: number, query: SignatureStatusQuery, enabled = true) {
  return useQuery({
    queryKey: ['documents', 'signatures', documentId, query],
    queryFn: () => getDocumentSignatures(documentId, query),
    placeholderData: keepPreviousData,
    enabled,
  });
}
