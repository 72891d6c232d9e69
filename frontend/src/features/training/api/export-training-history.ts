import { useMutation } from '@tanstack/react-query';
import type { ExportFormat } from '@/components/ui/export-menu';
import { downloadFile } from '@/lib/api-client';

export function trainingHistoryExportPath(clientId: number, format: ExportFormat = 'csv'): string {
  return `/api/clients/${clientId}/training/export${format === 'csv' ? '' : `?format=${format}`}`;
}

/** Download a client's training history, one row per set. */
export function useExportTrainingHistory() {
  return useMutation({
    mutationFn: ({ clientId, format = 'csv' }: { clientId: number; format?: ExportFormat }) =>
      downloadFile(trainingHistoryExportPath(clientId, format), `training.${format}`),
  });
}
