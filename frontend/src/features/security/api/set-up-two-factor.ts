import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type TwoFactorSetup = components['schemas']['TwoFactorSetup'];
export type RecoveryCodes = components['schemas']['RecoveryCodes'];

export async function beginTwoFactorSetup(): Promise<TwoFactorSetup> {
  return unwrap(await api.POST('/api/auth/two-factor/setup')) as TwoFactorSetup;
}

export async function enableTwoFactor(code: string): Promise<RecoveryCodes> {
  return unwrap(await api.POST('/api/auth/two-factor/enable', { body: { code } })) as RecoveryCodes;
}

/** A new secret and its QR code, pending until a code from the app confirms it. */
export function useBeginTwoFactorSetup() {
  return useMutation({ mutationFn: beginTwoFactorSetup });
}

/**
 * Confirms the authenticator with a code: two-factor sign-in is on; the answer holds the recovery codes, shown once.
 * The status is refreshed once they are put away, so the screen holding them is not replaced under the reader.
 */
export function useEnableTwoFactor() {
  return useMutation({ mutationFn: enableTwoFactor });
}
