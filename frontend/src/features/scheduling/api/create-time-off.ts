import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKeys } from '@/features/scheduling/api/get-sessions';
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
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: timeOffKeys.all }),
        // The booking form's free slots (cached under sessionKeys.all) skip time off.
        queryClient.invalidateQueries({ queryKey: [...sessionKeys.all, 'free-slots'] }),
        queryClient.invalidateQueries({ queryKey: ['activity'] }),
      ]),
  });
}
