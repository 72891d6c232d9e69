import { useMutation } from '@tanstack/react-query';
import type { TrainerQuery } from '@/features/trainers/api/get-trainers';
import type { ExportFormat } from '@/components/ui/export-menu';
import { downloadFile } from '@/lib/api-client';

export function trainersExportPath(query: TrainerQuery, format: ExportFormat = 'csv'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key !== 'page' && key !== 'per_page' && value !== undefined && value !== '') params.set(key, String(value));
  }
  if (format !== 'csv') params.set('format', format);
  const search = params.toString();
  return `/api/trainers/export${search ? `?${search}` : ''}`;
}

export function useExportTrainers() {
  return useMutation({
    mutationFn: ({ query, format }: { query: TrainerQuery; format: ExportFormat }) => downloadFile(trainersExportPath(query, format), `trainers.${format}`),
  });
}
