import { useMutation } from '@tanstack/react-query';
import { env } from '@/config/env';
import { sessionFetch } from '@/lib/api-client';
import { toApiError } from '@/lib/api-error';
import type { components } from '@/lib/api-schema';

export type CheckInPhotoUpload = components['schemas']['CheckInPhotoUpload'];

/** Upload a photo for a check-in answer (multipart); the answer then names its stored_file_id. */
export async function uploadCheckInPhoto({ clientId, file }: { clientId: number; file: File }): Promise<CheckInPhotoUpload> {
  const body = new FormData();
  body.append('file', file);
  const response = await sessionFetch(new Request(`${env.apiUrl}/api/clients/${clientId}/check-in-photos`, { method: 'POST', body, credentials: 'same-origin' }));
  const data = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, data);
  return data as CheckInPhotoUpload;
}

export function useUploadCheckInPhoto() {
  return useMutation({ mutationFn: uploadCheckInPhoto });
}
