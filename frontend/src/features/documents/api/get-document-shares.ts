import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type DocumentShare = Required<components['schemas']['DocumentShare']>;
export type DocumentSharePage = { items: DocumentShare[]; meta: Required<components['schemas']['PageMeta']> };

export async function getDocumentShares(documentId: number, page: number): Promise<DocumentSharePage> {
  return unwrap(
    await api.GET('/api/documents/{document_id}/shares', { params: { path: { document_id: documentId }, query: { page, per_page: 25 } } }),
  ) as DocumentSharePage;
}

/** The clients a document is shared with one by one. */
export function useDocumentShares(documentId: number, page = 1) {
  return useQuery({ queryKey: ['documents', 'shares', documentId, page], queryFn: () => getDocumentShares(documentId, page), placeholderData: keepPreviousData });
}
