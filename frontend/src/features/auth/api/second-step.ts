import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@/features/auth/api/get-me';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SecondStepCode = components['schemas']['SecondStepCode'];
export type TwoFactorSetup = components['schemas']['TwoFactorSetup'];
export type RecoveryCodes = components['schemas']['RecoveryCodes'];

export async function logInWithCode(body: SecondStepCode): Promise<Me> {
  return unwrap(await api.POST('/api/auth/login/two-factor', { body })) as Me;
}

export async function beginRequiredSetup(token: string): Promise<TwoFactorSetup> {
  return unwrap(await api.POST('/api/auth/login/two-factor/setup', { body: { token } })) as TwoFactorSetup;
}

export async function enableRequired(body: SecondStepCode): Promise<RecoveryCodes> {
  return unwrap(await api.POST('/api/auth/login/two-factor/enable', { body })) as RecoveryCodes;
}

/** Finishes sign-in with a code from the authenticator app or a recovery code. */
export function useLogInWithCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logInWithCode,
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(['auth', 'me'], me);
    },
  });
}

/** At sign-in, when the studio requires it: a new authenticator secret and its QR code. */
export function useBeginRequiredSetup() {
  return useMutation({ mutationFn: beginRequiredSetup });
}

/** At sign-in: confirms the new authenticator; the browser is signed in and the recovery codes come back, shown once. */
export function useEnableRequired() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: enableRequired, onSuccess: () => queryClient.clear() });
}
