import { useMutation } from '@tanstack/react-query';
import type { ExportFormat } from '@/components/ui/export-menu';
import { downloadFile } from '@/lib/api-client';

export function measurementsExportPath(clientId: number, format: ExportFormat = 'csv'): string {
  return `/api/clients/${clientId}/measurements/export${format === 'csv' ? '' : `?format=${format}`}`;
}

/** Download a client's measurements, one row per entry, in the reader's units. */
export function useExportMeasurements() {
  return useMutation({
    mutationFn: ({ clientId, format = 'csv' }: { clientId: number; format?: ExportFormat }) =>
      downloadFile(measurementsExportPath(clientId, format), `measurements.${format}`),
  });
}
