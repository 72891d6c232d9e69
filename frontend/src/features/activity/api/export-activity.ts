import { useMutation } from '@tanstack/react-query';
import type { ActivityQuery } from '@/features/activity/api/get-activity';
import type { ExportFormat } from '@/components/ui/export-menu';
import { downloadFile } from '@/lib/api-client';

export function activityExportPath(query: ActivityQuery, format: ExportFormat = 'csv'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key !== 'page' && key !== 'per_page' && value !== undefined && value !== '') params.set(key, String(value));
  }
  if (format !== 'csv') params.set('format', format);
  const search = params.toString();
  return `/api/activity/export${search ? `?${search}` : ''}`;
}

export function useExportActivity() {
  return useMutation({
    mutationFn: ({ query, format }: { query: ActivityQuery; format: ExportFormat }) => downloadFile(activityExportPath(query, format), `activity.${format}`),
  });
}
