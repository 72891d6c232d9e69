import { useQuery } from '@tanstack/react-query';
import { sessionKeys } from '@/features/scheduling/api/get-sessions';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type StatusChange = Required<components['schemas']['StatusChange']>;

export async function getSessionHistory(sessionId: number): Promise<StatusChange[]> {
  const page = unwrap(await api.GET('/api/sessions/{session_id}/history', { params: { path: { session_id: sessionId }, query: { per_page: 100 } } }));
  return page.items as StatusChange[];
}

/** Attendance and cancellations of one session, oldest first. */
export function useSessionHistory(sessionId: number | null) {
  return useQuery({ queryKey: [...sessionKeys.detail(sessionId ?? 0), 'history'], queryFn: () => getSessionHistory(sessionId!), enabled: sessionId !== null });
}
