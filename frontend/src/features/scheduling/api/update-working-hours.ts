import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKeys } from '@/features/scheduling/api/get-sessions';
import { workingHoursKey, type WorkingHours, type WorkingInterval } from '@/features/scheduling/api/get-working-hours';
import { api, unwrap } from '@/lib/api-client';

export async function updateWorkingHours({ trainerId, intervals }: { trainerId: number; intervals: WorkingInterval[] }): Promise<WorkingHours> {
  return unwrap(
    await api.PUT('/api/trainers/{trainer_id}/working-hours', { params: { path: { trainer_id: trainerId } }, body: { intervals } }),
  ) as WorkingHours;
}

/** Replaces the whole week (the activity log records the change). */
export function useUpdateWorkingHours() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWorkingHours,
    onSuccess: (hours, { trainerId }) => {
      queryClient.setQueryData(workingHoursKey(trainerId), hours);
      return Promise.all([
        // The booking form's free slots (cached under sessionKeys.all) follow the working hours.
        queryClient.invalidateQueries({ queryKey: [...sessionKeys.all, 'free-slots'] }),
        queryClient.invalidateQueries({ queryKey: ['activity'] }),
      ]);
    },
  });
}
