import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ProgressPhoto = Required<components['schemas']['ProgressPhoto']>;
export type Pose = ProgressPhoto['pose'];
export type PhotoDay = { taken_on: string; photos: ProgressPhoto[] };
export type PhotoDaysPage = { items: PhotoDay[]; meta: Required<components['schemas']['PageMeta']> };

export const POSES: Pose[] = ['front', 'side', 'back'];
export const POSE_LABELS: Record<Pose, string> = { front: 'Front', side: 'Side', back: 'Back' };

export async function getClientPhotos(clientId: number, page: number, perPage: number): Promise<PhotoDaysPage> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/photos', { params: { path: { client_id: clientId }, query: { page, per_page: perPage } } }),
  ) as PhotoDaysPage;
}

/**
 * The days a client has photos of, newest first, with signed links. The links expire after a few
 * minutes, so the list is fetched again well before that rather than kept.
 */
export function useClientPhotos(clientId: number, page = 1, perPage = 12) {
  return useQuery({
    queryKey: ['photos', clientId, page, perPage],
    queryFn: () => getClientPhotos(clientId, page, perPage),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    refetchInterval: 10 * 60_000,
    enabled: clientId > 0,
  });
}
