import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentDetail } from '@/features/documents/api/get-document';
import { api, unwrap } from '@/lib/api-client';

export async function archiveDocument({ documentId, restore }: { documentId: number; restore?: boolean }): Promise<DocumentDetail> {
  const params = { params: { path: { document_id: documentId } } };
  const result = restore ? await api.POST('/api/documents/{document_id}/restore', params) : await api.POST('/api/documents/{document_id}/archive', params);
  return unwrap(result) as DocumentDetail;
}

/** Archive a document (out of the library and clients' view) or bring it back (owner, admin). */
export function useArchiveDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveDocument,
    onSuccess: (document) => {
      queryClient.setQueryData(['documents', 'detail', document.id], document);
      return queryClient.invalidateQueries({ predicate: (query) => ['documents', 'document-folders', 'client-documents'].includes(String(query.queryKey[0])) });
    },
  });
}
