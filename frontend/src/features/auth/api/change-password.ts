import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type PasswordInput = components['schemas']['PasswordChange'];

/**
 * Every token issued before the change stops working, so other devices are signed out; the API
 * answers this browser with fresh cookies, so it stays signed in without doing anything here.
 */
export async function changePassword(body: PasswordInput): Promise<void> {
  unwrap(await api.POST('/api/auth/password', { body }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
