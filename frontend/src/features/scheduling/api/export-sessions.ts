import { useMutation } from '@tanstack/react-query';
import type { RangeQuery } from '@/features/scheduling/lib/calendar-range';
import { downloadFile } from '@/lib/api-client';

export function sessionsExportPath(query: RangeQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.trainer_id) params.set('trainer_id', String(query.trainer_id));
  return `/api/sessions/export?${params}`;
}

/** Downloads the visible range (and trainer filter) as the server's CSV. */
export function useExportSessions() {
  return useMutation({ mutationFn: (query: RangeQuery) => downloadFile(sessionsExportPath(query), 'sessions.csv') });
}
