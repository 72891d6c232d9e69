import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SignInSession = components['schemas']['SignInSession'];
export type SignInSessionPage = components['schemas']['SignInSessionPage'];

const sessionsKey = ['security', 'sessions'] as const;

export async function getSessions(): Promise<SignInSessionPage> {
  return unwrap(await api.GET('/api/auth/sessions', { params: { query: { per_page: 100 } } })) as SignInSessionPage;
}

export async function revokeSession(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/auth/sessions/{session_id}', { params: { path: { session_id: id } } }));
}

export async function revokeOtherSessions(): Promise<number> {
  return (unwrap(await api.POST('/api/auth/sessions/revoke-others')) as components['schemas']['SignInSessionsEnded']).ended;
}

/** Where the account is signed in: this browser first, then by when last used. */
export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: getSessions });
}

/** Signs one session out; its tokens stop working at their next request. */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeSession, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }) });
}

/** Signs every other session out; resolves to how many ended. */
export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeOtherSessions, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }) });
}
