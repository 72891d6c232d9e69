import { useMutation } from '@tanstack/react-query';
import type { ActivityQuery } from '@/features/activity/api/get-activity';
import { downloadFile } from '@/lib/api-client';

export function activityExportPath(query: ActivityQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key !== 'page' && key !== 'per_page' && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/activity/export${search ? `?${search}` : ''}`;
}

export function useExportActivity() {
  return useMutation({ mutationFn: (query: ActivityQuery) => downloadFile(activityExportPath(query), 'activity.csv') });
}
