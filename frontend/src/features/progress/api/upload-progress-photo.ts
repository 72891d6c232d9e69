import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Pose, ProgressPhoto } from '@/features/progress/api/get-client-photos';
import { env } from '@/config/env';
import { sessionFetch } from '@/lib/api-client';
import { toApiError } from '@/lib/api-error';

type Upload = { clientId: number; pose: Pose; takenOn: string; file: File };

/** Sends one picture as multipart form data; the pose and day travel in the query, checked before the file is read. */
export async function uploadProgressPhoto({ clientId, pose, takenOn, file }: Upload): Promise<ProgressPhoto> {
  const form = new FormData();
  form.append('file', file);
  const query = new URLSearchParams({ pose, taken_on: takenOn });
  const response = await sessionFetch(new Request(`${env.apiUrl}/api/clients/${clientId}/photos?${query}`, { method: 'POST', body: form }));
  const body = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, body);
  return body as ProgressPhoto;
}

export function useUploadProgressPhoto() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadProgressPhoto, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['photos'] }) });
}
