import { useQuery } from '@tanstack/react-query';
import { sessionKeys } from '@/features/scheduling/api/get-sessions';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type FreeSlot = Required<components['schemas']['FreeSlot']>;
export type FreeSlotQuery = { trainerId: number; day: string; duration: number; clientIds?: number[] };

export async function getFreeSlots({ trainerId, day, duration, clientIds = [] }: FreeSlotQuery): Promise<FreeSlot[]> {
  const page = unwrap(
    await api.GET('/api/trainers/{trainer_id}/free-slots', {
      params: { path: { trainer_id: trainerId }, query: { from: day, to: day, duration, client_ids: clientIds, per_page: 500 } },
    }),
  );
  return page.items as FreeSlot[];
}

/** A trainer's free starts on one local day for a session of `duration` minutes, when `clientIds` are free too. */
export function useFreeSlots(query: FreeSlotQuery | null) {
  // Under sessionKeys.all: a booking anywhere changes which slots are free.
  return useQuery({ queryKey: [...sessionKeys.all, 'free-slots', query], queryFn: () => getFreeSlots(query!), enabled: query !== null });
}
