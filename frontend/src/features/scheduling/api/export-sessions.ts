import { useMutation } from '@tanstack/react-query';
import type { RangeQuery } from '@/features/scheduling/lib/calendar-range';
import type { ExportFormat } from '@/components/ui/export-menu';
import { downloadFile } from '@/lib/api-client';

export function sessionsExportPath(query: RangeQuery, format: ExportFormat = 'csv'): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.trainer_id) params.set('trainer_id', String(query.trainer_id));
  if (format !== 'csv') params.set('format', format);
  return `/api/sessions/export?${params}`;
}

/** Downloads the visible range (and trainer filter) as the server's Excel or CSV file. */
export function useExportSessions() {
  return useMutation({
    mutationFn: ({ query, format }: { query: RangeQuery; format: ExportFormat }) => downloadFile(sessionsExportPath(query, format), `sessions.${format}`),
  });
}
