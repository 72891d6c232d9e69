import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

type ShareInput = { documentId: number } & ({ clientIds: number[] } | { allClients: boolean } | { unshareClientId: number });

export async function shareDocument(input: ShareInput): Promise<void> {
  const path = { document_id: input.documentId };
  if ('clientIds' in input) {
    unwrap(await api.POST('/api/documents/{document_id}/shares', { params: { path }, body: { client_ids: input.clientIds } }));
  } else if ('allClients' in input) {
    const result = input.allClients
      ? await api.PUT('/api/documents/{document_id}/share-all', { params: { path } })
      : await api.DELETE('/api/documents/{document_id}/share-all', { params: { path } });
    unwrap(result);
  } else {
    unwrap(await api.DELETE('/api/documents/{document_id}/shares/{client_id}', { params: { path: { ...path, client_id: input.unshareClientId } } }));
  }
}

/** Share a document with some clients or all of them, or stop sharing it with one or all. */
export function useShareDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: shareDocument,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['documents', 'client-documents'].includes(String(query.queryKey[0])) }),
  });
}
