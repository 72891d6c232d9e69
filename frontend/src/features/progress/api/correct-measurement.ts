import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Measurement } from '@/features/progress/api/get-client-measurements';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type MeasurementCorrectionInput = components['schemas']['MeasurementCorrection'];

/** Correct an entry: the new value becomes current and the old one stays in its history. */
export function useCorrectMeasurement(clientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ measurementId, ...body }: MeasurementCorrectionInput & { measurementId: number }) =>
      unwrap(
        await api.POST('/api/clients/{client_id}/measurements/{measurement_id}/corrections', {
          params: { path: { client_id: clientId, measurement_id: measurementId } },
          body,
        }),
      ) as Measurement,
    // Not awaited: the caller's own onSuccess runs while the entry it came from is still on screen.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['measurements'] }),
  });
}
