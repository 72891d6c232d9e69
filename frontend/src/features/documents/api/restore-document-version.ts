import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentDetail } from '@/features/documents/api/get-document';
import { api, unwrap } from '@/lib/api-client';

export async function restoreDocumentVersion({ documentId, number }: { documentId: number; number: number }): Promise<DocumentDetail> {
  return unwrap(
    await api.POST('/api/documents/{document_id}/versions/{number}/restore', { params: { path: { document_id: documentId, number } } }),
  ) as DocumentDetail;
}

/** Make an earlier version current again (as a new version with the same file). */
export function useRestoreDocumentVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreDocumentVersion,
    onSuccess: (document) => {
      queryClient.setQueryData(['documents', 'detail', document.id], document);
      return queryClient.invalidateQueries({ predicate: (query) => ['documents', 'client-documents'].includes(String(query.queryKey[0])) });
    },
  });
}
