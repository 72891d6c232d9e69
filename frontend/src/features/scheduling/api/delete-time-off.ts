import { useMutation, useQueryClient } from '@tanstack/react-query';
import { timeOffKeys } from '@/features/scheduling/api/get-time-off';
import { api, unwrap } from '@/lib/api-client';

export async function deleteTimeOff(timeOffId: number): Promise<void> {
  unwrap(await api.DELETE('/api/time-off/{time_off_id}', { params: { path: { time_off_id: timeOffId } } }));
}

export function useDeleteTimeOff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTimeOff,
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => [timeOffKeys.all[0], 'activity'].includes(String(query.queryKey[0])) }),
  });
}
