import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@/features/auth/api/get-me';
import { isSecondStep, type SecondStep } from '@/features/auth/api/log-in';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type AcceptInvitationInput = components['schemas']['InvitationAccept'];

export async function acceptInvitation(body: AcceptInvitationInput): Promise<Me | SecondStep> {
  return unwrap(await api.POST('/api/invitations/accept', { body })) as Me | SecondStep;
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (answer) => {
      if (isSecondStep(answer)) return;
      queryClient.clear();
      queryClient.setQueryData(['auth', 'me'], answer);
    },
  });
}
