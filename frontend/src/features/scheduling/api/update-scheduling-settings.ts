import { useMutation, useQueryClient } from '@tanstack/react-query';
import { schedulingSettingsKey, type SchedulingSettings } from '@/features/scheduling/api/get-scheduling-settings';
import { api, unwrap } from '@/lib/api-client';

export async function updateSchedulingSettings(body: SchedulingSettings): Promise<SchedulingSettings> {
  return unwrap(await api.PUT('/api/scheduling/settings', { body }));
}

/** Owners and admins: new offsets apply to sessions booked or moved from then on. */
export function useUpdateSchedulingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSchedulingSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(schedulingSettingsKey, settings);
      return queryClient.invalidateQueries({ queryKey: ['activity'] });
    },
  });
}
