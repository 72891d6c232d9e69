import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IssuedInvitation } from '@/features/auth/api/create-invitation';
import { api, unwrap } from '@/lib/api-client';

export async function resendInvitation(id: number): Promise<IssuedInvitation> {
  return unwrap(await api.POST('/api/invitations/{invitation_id}/resend', { params: { path: { invitation_id: id } } })) as IssuedInvitation;
}

/** Emails the invitation again with a fresh link; the previous link stops working. */
export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resendInvitation, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }) });
}
