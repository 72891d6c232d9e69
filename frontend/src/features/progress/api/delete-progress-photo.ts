import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function deleteProgressPhoto({ clientId, photoId }: { clientId: number; photoId: number }): Promise<void> {
  unwrap(await api.DELETE('/api/clients/{client_id}/photos/{photo_id}', { params: { path: { client_id: clientId, photo_id: photoId } } }));
}

export function useDeleteProgressPhoto() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteProgressPhoto, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['photos'] }) });
}
