import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type DocumentTag = Required<components['schemas']['DocumentTag']>;

export async function getDocumentTags(): Promise<DocumentTag[]> {
  const page = unwrap(await api.GET('/api/documents/tags', { params: { query: { per_page: 30 } } })) as { items: DocumentTag[] };
  return page.items;
}

/** The tags most used in the library, for filtering by one. */
export function useDocumentTags() {
  return useQuery({ queryKey: ['documents', 'tags'], queryFn: getDocumentTags });
}
