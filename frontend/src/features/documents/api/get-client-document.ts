import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ClientDocumentDetail = Required<components['schemas']['ClientDocumentDetail']>;

export async function getClientDocument(clientId: number, documentId: number): Promise<ClientDocumentDetail> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/documents/{document_id}', { params: { path: { client_id: clientId, document_id: documentId } } }),
  ) as ClientDocumentDetail;
}

/** One document shared with a client, with short-lived links to its file. */
export function useClientDocument(clientId: number, documentId: number) {
  return useQuery({ queryKey: ['client-documents', clientId, 'detail', documentId], queryFn: () => getClientDocument(clientId, documentId) });
}

export function clientDocumentDownloadHref(clientId: number, documentId: number): string {
  return `/api/clients/${clientId}/documents/${documentId}/download`;
}
