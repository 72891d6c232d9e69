import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type DocumentVersion = Required<components['schemas']['DocumentVersion']>;
export type DocumentVersionPage = { items: DocumentVersion[]; meta: Required<components['schemas']['PageMeta']> };

export async function getDocumentVersions(documentId: number, page: number): Promise<DocumentVersionPage> {
  return unwrap(
    await api.GET('/api/documents/{document_id}/versions', { params: { path: { document_id: documentId }, query: { page, per_page: 10 } } }),
  ) as DocumentVersionPage;
}

/** Every version of a document, newest first. */
export function useDocumentVersions(documentId: number, page = 1) {
  return useQuery({ queryKey: ['documents', 'versions', documentId, page], queryFn: () => getDocumentVersions(documentId, page), placeholderData: keepPreviousData });
}

export function versionDownloadHref(documentId: number, number: number): string {
  return `/api/documents/${documentId}/versions/${number}/download`;
}
