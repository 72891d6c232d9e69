import { useMutation, useQueryClient } from '@tanstack/react-query';
import { timeOffKeys, type TimeOff } from '@/features/scheduling/api/get-time-off';
import { api, unwrap } from '@/lib/api-client';

export type TimeOffInput = { starts_at: string; ends_at: string; reason: string | null };

export async function createTimeOff({ trainerId, body }: { trainerId: number; body: TimeOffInput }): Promise<TimeOff> {
  return unwrap(await api.POST('/api/trainers/{trainer_id}/time-off', { params: { path: { trainer_id: trainerId } }, body })) as TimeOff;
}

/** Blocks a range of the trainer's time; sessions already booked in it stay. */
export function useCreateTimeOff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTimeOff,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => [timeOffKeys.all[0], 'activity'].includes(String(query.queryKey[0])) }),
  });
}
