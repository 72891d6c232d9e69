import { useMutation } from '@tanstack/react-query';
import type { ClientQuery } from '@/features/clients/api/get-clients';
import type { ExportFormat } from '@/components/ui/export-menu';
import { downloadFile } from '@/lib/api-client';

/** The export URL for the list's filters (page and page size dropped), or for the chosen ids only. */
export function clientsExportPath(query: ClientQuery, ids?: number[], format: ExportFormat = 'csv'): string {
  const params = new URLSearchParams();
  if (ids?.length) {
    // Exactly the chosen rows, whatever their status; only the order is taken from the list.
    params.set('ids', ids.join(','));
    params.set('status', 'all');
    if (query.sort) params.set('sort', query.sort);
  } else {
    for (const [key, value] of Object.entries(query)) {
      if (key !== 'page' && key !== 'per_page' && value !== undefined && value !== '') params.set(key, String(value));
    }
  }
  if (format !== 'csv') params.set('format', format);
  const search = params.toString();
  return `/api/clients/export${search ? `?${search}` : ''}`;
}

export function useExportClients() {
  return useMutation({
    mutationFn: ({ query, ids, format = 'csv' }: { query: ClientQuery; ids?: number[]; format?: ExportFormat }) =>
      downloadFile(clientsExportPath(query, ids, format), `clients.${format}`),
  });
}
