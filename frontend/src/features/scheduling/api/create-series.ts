import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKeys } from '@/features/scheduling/api/get-sessions';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SeriesInput = components['schemas']['SeriesCreate'];
export type Series = Required<components['schemas']['Series']>;

export async function createSeries(body: SeriesInput): Promise<Series> {
  return unwrap(await api.POST('/api/series', { body })) as Series;
}

/** Books a recurring series; the server refuses it whole when any occurrence would overlap. */
export function useCreateSeries() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSeries, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }) });
}
