import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentFolder } from '@/features/documents/api/get-document-folders';
import { api, unwrap } from '@/lib/api-client';

type FolderInput = { name: string; parentId?: number | null } & ({ folderId?: undefined } | { folderId: number });

export async function saveDocumentFolder(input: FolderInput): Promise<DocumentFolder> {
  const body = { name: input.name, parent_id: input.parentId ?? null };
  const result =
    input.folderId === undefined
      ? await api.POST('/api/document-folders', { body })
      : await api.PATCH('/api/document-folders/{folder_id}', { params: { path: { folder_id: input.folderId } }, body });
  return unwrap(result) as DocumentFolder;
}

export async function deleteDocumentFolder(folderId: number): Promise<void> {
  unwrap(await api.DELETE('/api/document-folders/{folder_id}', { params: { path: { folder_id: folderId } } }));
}

/** Add or rename a folder. */
export function useSaveDocumentFolder() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveDocumentFolder, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['document-folders'] }) });
}

/** Remove a folder with nothing live inside. */
export function useDeleteDocumentFolder() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteDocumentFolder, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['document-folders'] }) });
}
