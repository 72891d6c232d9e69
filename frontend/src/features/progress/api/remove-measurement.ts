import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Remove an entry from the charts and lists; its history keeps it. */
export function useRemoveMeasurement(clientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (measurementId: number) =>
      unwrap(
        await api.DELETE('/api/clients/{client_id}/measurements/{measurement_id}', {
          params: { path: { client_id: clientId, measurement_id: measurementId } },
        }),
      ),
    // Not awaited: the caller's own onSuccess runs while the entry it came from is still on screen.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['measurements'] }),
  });
}
