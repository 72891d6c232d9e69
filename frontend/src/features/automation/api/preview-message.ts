import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type MessagePreview = components['schemas']['MessagePreviewResult'];

/** A message filled with the sample client's values, as they would read it. */
export function usePreviewMessage() {
  return useMutation({
    mutationFn: async (body: components['schemas']['MessagePreview']) => unwrap(await api.POST('/api/automation/preview', { body })) as MessagePreview,
  });
}
