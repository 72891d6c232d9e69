import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type WorkingInterval = components['schemas']['Interval'];
export type WorkingHours = Required<components['schemas']['WorkingHours']>;

export const workingHoursKey = (trainerId: number) => ['working-hours', trainerId] as const;

export async function getWorkingHours(trainerId: number): Promise<WorkingHours> {
  return unwrap(await api.GET('/api/trainers/{trainer_id}/working-hours', { params: { path: { trainer_id: trainerId } } })) as WorkingHours;
}

/** A trainer's weekly hours, in the studio's time zone (`timezone`). */
export function useWorkingHours(trainerId: number) {
  return useQuery({ queryKey: workingHoursKey(trainerId), queryFn: () => getWorkingHours(trainerId) });
}
