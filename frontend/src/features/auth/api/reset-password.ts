import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@/features/auth/api/get-me';
import { isSecondStep, type SecondStep } from '@/features/auth/api/log-in';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type LinkPreview = components['schemas']['LinkPreview'];
export type PasswordResetInput = components['schemas']['PasswordReset'];

export async function previewPasswordReset(token: string): Promise<LinkPreview> {
  return unwrap(await api.POST('/api/auth/password-reset/preview', { body: { token } })) as LinkPreview;
}

/** Whose password a reset link sets; fails early for a used, expired or mistyped link. */
export function usePreviewPasswordReset(token: string) {
  return useQuery({ queryKey: ['password-reset', token], queryFn: () => previewPasswordReset(token), enabled: token.length >= 20, retry: false });
}

export async function resetPassword(body: PasswordResetInput): Promise<Me | SecondStep> {
  return unwrap(await api.POST('/api/auth/password-reset/confirm', { body })) as Me | SecondStep;
}

/** Sets the new password; the API signs this browser in and every other session out. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: (answer) => {
      if (isSecondStep(answer)) return;
      queryClient.clear();
      queryClient.setQueryData(['auth', 'me'], answer);
    },
  });
}
