import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentDetail } from '@/features/documents/api/get-document';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type DocumentChanges = components['schemas']['DocumentUpdate'];

export async function updateDocument({ documentId, changes }: { documentId: number; changes: DocumentChanges }): Promise<DocumentDetail> {
  return unwrap(await api.PATCH('/api/documents/{document_id}', { params: { path: { document_id: documentId } }, body: changes })) as DocumentDetail;
}

/** Change a document's title, description, category, folder or tags. */
export function useUpdateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDocument,
    onSuccess: (document) => {
      queryClient.setQueryData(['documents', 'detail', document.id], document);
      return queryClient.invalidateQueries({ predicate: (query) => ['documents', 'document-folders'].includes(String(query.queryKey[0])) });
    },
  });
}
