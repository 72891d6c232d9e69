import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Unlocked = components['schemas']['Unlocked'];

/** Spends an unlock link: this browser may then sign in to the account without waiting. */
export async function unlockSignIn(token: string): Promise<Unlocked> {
  return unwrap(await api.POST('/api/auth/unlock/confirm', { body: { token } })) as Unlocked;
}

export function useUnlockSignIn() {
  return useMutation({ mutationFn: unlockSignIn });
}
