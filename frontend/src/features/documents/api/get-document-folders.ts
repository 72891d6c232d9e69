import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type DocumentFolder = Required<components['schemas']['DocumentFolder']>;
type DocumentFolderPage = { items: DocumentFolder[]; meta: Required<components['schemas']['PageMeta']> };

export async function getDocumentFolders(): Promise<DocumentFolderPage> {
  return unwrap(await api.GET('/api/document-folders', { params: { query: { per_page: 100 } } })) as DocumentFolderPage;
}

/** The studio's folders (the first hundred, by name), for the library's sidebar and pickers. */
export function useDocumentFolders() {
  return useQuery({ queryKey: ['document-folders'], queryFn: getDocumentFolders });
}
