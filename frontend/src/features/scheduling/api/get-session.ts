import { useQuery } from '@tanstack/react-query';
import { sessionKeys, type Session } from '@/features/scheduling/api/get-sessions';
import { api, unwrap } from '@/lib/api-client';

export async function getSession(sessionId: number): Promise<Session> {
  return unwrap(await api.GET('/api/sessions/{session_id}', { params: { path: { session_id: sessionId } } })) as Session;
}

/** One session with its participants, fresh from the server for the details panel. */
export function useSession(sessionId: number | null, { initialData }: { initialData?: Session } = {}) {
  return useQuery({
    queryKey: sessionKeys.detail(sessionId ?? 0),
    queryFn: () => getSession(sessionId!),
    enabled: sessionId !== null,
    initialData,
    // The row from the range query is shown at once, then replaced.
    initialDataUpdatedAt: 0,
  });
}
