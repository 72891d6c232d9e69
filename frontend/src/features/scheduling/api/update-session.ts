import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKeys, type Session } from '@/features/scheduling/api/get-sessions';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SeriesScope = 'this' | 'following' | 'all';
export type SessionChanges = components['schemas']['SessionUpdate'];

export async function updateSession({ sessionId, changes }: { sessionId: number; changes: SessionChanges }): Promise<Session> {
  // The server loads this schema partially: fields left out stay as they are.
  return unwrap(await api.PATCH('/api/sessions/{session_id}', { params: { path: { session_id: sessionId } }, body: changes })) as Session;
}

/** Moves, resizes or edits a session (or, by scope, the rest of its series). */
export function useUpdateSession() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateSession, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }) });
}
