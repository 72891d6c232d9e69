import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';

export const sessionIcsPath = (sessionId: number) => `/api/sessions/${sessionId}.ics`;

/** Saves one session as an .ics file the phone or desktop calendar app opens. */
export function useDownloadSessionIcs() {
  return useMutation({ mutationFn: (sessionId: number) => downloadFile(sessionIcsPath(sessionId), `session-${sessionId}.ics`) });
}
