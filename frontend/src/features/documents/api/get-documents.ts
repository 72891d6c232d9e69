import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type LibraryDocument = Required<components['schemas']['Document']>;
export type DocumentPage = { items: LibraryDocument[]; meta: Required<components['schemas']['PageMeta']> };
export type DocumentQuery = NonNullable<paths['/api/documents']['get']['parameters']['query']>;

export async function getDocuments(query: DocumentQuery): Promise<DocumentPage> {
  return unwrap(await api.GET('/api/documents', { params: { query } })) as DocumentPage;
}

/** One page of the studio's document library, searched and filtered. */
export function useDocuments(query: DocumentQuery) {
  return useQuery({ queryKey: ['documents', 'list', query], queryFn: () => getDocuments(query), placeholderData: keepPreviousData });
}
