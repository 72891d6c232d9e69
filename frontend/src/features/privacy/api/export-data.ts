import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/api-client';

/** Download everything the studio holds about a client (staff), as a zip. */
export function useExportClientData() {
  return useMutation({
    mutationFn: ({ clientId }: { clientId: number }) => downloadFile(`/api/clients/${clientId}/data-export`, 'client data.zip'),
  });
}

/** Download everything the studio holds about me (a client), as a zip. */
export function useDownloadMyData() {
  return useMutation({ mutationFn: () => downloadFile('/api/privacy/my-data', 'my data.zip') });
}
