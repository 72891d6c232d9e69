import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function revokeInvitation(id: number): Promise<void> {
  unwrap(await api.DELETE('/api/invitations/{invitation_id}', { params: { path: { invitation_id: id } } }));
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeInvitation, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }) });
}
