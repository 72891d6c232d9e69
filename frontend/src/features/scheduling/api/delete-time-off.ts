import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKeys } from '@/features/scheduling/api/get-sessions';
import { timeOffKeys } from '@/features/scheduling/api/get-time-off';
import { api, unwrap } from '@/lib/api-client';

export async function deleteTimeOff(timeOffId: number): Promise<void> {
  unwrap(await api.DELETE('/api/time-off/{time_off_id}', { params: { path: { time_off_id: timeOffId } } }));
}

export function useDeleteTimeOff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTimeOff,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: timeOffKeys.all }),
        // The booking form's free slots (cached under sessionKeys.all) skip time off.
        queryClient.invalidateQueries({ queryKey: [...sessionKeys.all, 'free-slots'] }),
        queryClient.invalidateQueries({ queryKey: ['activity'] }),
      ]),
  });
}
