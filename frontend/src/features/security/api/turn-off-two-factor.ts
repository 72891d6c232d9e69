import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecoveryCodes } from '@/features/security/api/set-up-two-factor';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type TwoFactorConfirm = components['schemas']['TwoFactorConfirm'];

export async function turnOffTwoFactor(body: TwoFactorConfirm): Promise<void> {
  unwrap(await api.POST('/api/auth/two-factor/disable', { body }));
}

export async function regenerateRecoveryCodes(body: TwoFactorConfirm): Promise<RecoveryCodes> {
  return unwrap(await api.POST('/api/auth/two-factor/recovery-codes', { body })) as RecoveryCodes;
}

/** Turns two-factor sign-in off, with the password and a code. */
export function useTurnOffTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: turnOffTwoFactor, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['security'] }) });
}

/** Ten new recovery codes, with the password and a code; the earlier ones stop working. */
export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: regenerateRecoveryCodes, onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['security'] }) });
}
