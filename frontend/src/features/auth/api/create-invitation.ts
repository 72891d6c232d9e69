import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type InvitationInput = components['schemas']['InvitationCreate'];
export type IssuedInvitation = Required<components['schemas']['IssuedInvitation']>;

export async function createInvitation(body: InvitationInput): Promise<IssuedInvitation> {
  return unwrap(await api.POST('/api/invitations', { body })) as IssuedInvitation;
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createInvitation, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }) });
}
