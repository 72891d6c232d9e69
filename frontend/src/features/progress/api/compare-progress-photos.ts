import { useQuery } from '@tanstack/react-query';
import type { PhotoDay } from '@/features/progress/api/get-client-photos';
import { api, unwrap } from '@/lib/api-client';

export type PhotoComparison = { before: PhotoDay; after: PhotoDay };

/** Two days' photos of a client side by side (signed links, fetched again before they expire). */
export function usePhotoComparison(clientId: number, before: string | null, after: string | null) {
  return useQuery({
    queryKey: ['photos', clientId, 'compare', before, after],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clients/{client_id}/photos/compare', {
          params: { path: { client_id: clientId }, query: { before: before!, after: after! } },
        }),
      ) as PhotoComparison,
    enabled: clientId > 0 && !!before && !!after,
    staleTime: 5 * 60_000,
    refetchInterval: 10 * 60_000,
  });
}
