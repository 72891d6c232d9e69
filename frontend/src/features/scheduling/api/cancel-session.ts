import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKeys, type Session } from '@/features/scheduling/api/get-sessions';
import type { SeriesScope } from '@/features/scheduling/api/update-session';
import { api, unwrap } from '@/lib/api-client';

export async function cancelSession({ sessionId, scope, reason }: { sessionId: number; scope: SeriesScope; reason: string | null }): Promise<Session> {
  return unwrap(await api.POST('/api/sessions/{session_id}/cancel', { params: { path: { session_id: sessionId } }, body: { scope, reason } })) as Session;
}

/** Cancels a session, or with scope `following`/`all` the rest of its series. */
export function useCancelSession() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelSession, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }) });
}
