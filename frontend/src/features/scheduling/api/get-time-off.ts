import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type TimeOff = Required<components['schemas']['TimeOff']>;

export const timeOffKeys = {
  all: ['time-off'] as const,
  upcoming: (trainerId: number) => ['time-off', trainerId, 'upcoming'] as const,
};

/** Time off that has not ended yet, soonest first (past time off no longer matters for booking). */
export async function getUpcomingTimeOff(trainerId: number): Promise<{ items: TimeOff[]; total: number }> {
  const page = unwrap(
    await api.GET('/api/trainers/{trainer_id}/time-off', {
      params: { path: { trainer_id: trainerId }, query: { from: new Date().toISOString(), per_page: 100 } },
    }),
  );
  return { items: page.items as TimeOff[], total: page.meta.total };
}

export function useUpcomingTimeOff(trainerId: number) {
  return useQuery({ queryKey: timeOffKeys.upcoming(trainerId), queryFn: () => getUpcomingTimeOff(trainerId) });
}
