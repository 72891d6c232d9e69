import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type LinkRequested = components['schemas']['LinkRequested'];
/** What the emailed one-time link does: set a new password, or let this browser sign in without waiting. */
export type AccountLinkPurpose = 'password_reset' | 'unlock';

/** Asks the API to email a one-time link; it answers the same whether the email has an account or not. */
export async function requestAccountLink({ purpose, email }: { purpose: AccountLinkPurpose; email: string }): Promise<LinkRequested> {
  const body = { email };
  const result = purpose === 'password_reset' ? await api.POST('/api/auth/password-reset', { body }) : await api.POST('/api/auth/unlock', { body });
  return unwrap(result) as LinkRequested;
}

export function useRequestAccountLink() {
  return useMutation({ mutationFn: requestAccountLink });
}
