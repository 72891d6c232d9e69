import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKeys, type Session } from '@/features/scheduling/api/get-sessions';
import { api, unwrap } from '@/lib/api-client';

export type AttendanceStatus = 'completed' | 'no_show' | 'late_cancel';

export async function markAttendance({ sessionId, status }: { sessionId: number; status: AttendanceStatus }): Promise<Session> {
  return unwrap(await api.POST('/api/sessions/{session_id}/attendance', { params: { path: { session_id: sessionId } }, body: { status } })) as Session;
}

/** Completed, no-show or late cancel in one click; the change lands in the session's history. */
export function useMarkAttendance() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markAttendance, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }) });
}
