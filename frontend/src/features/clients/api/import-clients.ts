import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ImportInspection = components['schemas']['ClientImportInspection'];
export type ImportResult = components['schemas']['ClientImportResult'];
export type ImportOptions = { mapping: Record<string, number>; existing: 'update' | 'skip'; dry_run: boolean; skip_invalid: boolean };

/** The file's bytes as base64, which is how the API takes an upload inside JSON. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** Read an uploaded CSV: its columns with samples and a suggested mapping. */
export function useInspectImport() {
  return useMutation({
    mutationFn: async (file: string): Promise<ImportInspection> => unwrap(await api.POST('/api/clients/imports/inspect', { body: { file } })),
  });
}

/** Check the rows (dry run) or import them; a real import refreshes everything that lists clients. */
export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, ...options }: ImportOptions & { file: string }): Promise<ImportResult> =>
      unwrap(await api.POST('/api/clients/imports', { body: { file, ...options } })),
    onSuccess: (result) => {
      if (!result.dry_run) queryClient.invalidateQueries({ predicate: (query) => ['clients', 'dashboard', 'activity'].includes(String(query.queryKey[0])) });
    },
  });
}
