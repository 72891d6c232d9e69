import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type DocumentDetail = Required<components['schemas']['DocumentDetail']>;

export async function getDocument(documentId: number): Promise<DocumentDetail> {
  return unwrap(await api.GET('/api/documents/{document_id}', { params: { path: { document_id: documentId } } })) as DocumentDetail;
}

/** One document of the library with its current version and a short-lived link to it. */
export function useDocument(documentId: number) {
  return useQuery({ queryKey: ['documents', 'detail', documentId], queryFn: () => getDocument(documentId) });
}
