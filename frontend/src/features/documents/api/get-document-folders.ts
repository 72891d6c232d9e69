import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type DocumentFolder = Required<components['schemas']['DocumentFolder']>;
type DocumentFolderPage = { items: DocumentFolder[]; meta: Required<components['schemas']['PageMeta']> };

// A studio keeps tens of folders, not thousands; past this many pages the sidebar would be no use anyway.
const MAX_PAGES = 20;

/** Every folder of the studio, by name: page after page of a hundred (the API's largest page). */
export async function getDocumentFolders(): Promise<DocumentFolder[]> {
  const folders: DocumentFolder[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = unwrap(await api.GET('/api/document-folders', { params: { query: { page, per_page: 100 } } })) as DocumentFolderPage;
    folders.push(...result.items);
    if (!result.meta.has_next) break;
  }
  return folders;
}

/** The studio's folders, for the library's sidebar and the pickers. */
export function useDocumentFolders() {
  return useQuery({ queryKey: ['document-folders'], queryFn: getDocumentFolders });
}
