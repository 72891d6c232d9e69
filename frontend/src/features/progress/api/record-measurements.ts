import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Measurement } from '@/features/progress/api/get-client-measurements';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type MeasurementInput = components['schemas']['MeasurementCreate'];
export type EntryUnit = NonNullable<components['schemas']['EntryValue']['unit']>;

/** Enter one or more values for one day (a type already measured that day is corrected). */
export function useRecordMeasurements(clientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: MeasurementInput) =>
      unwrap(await api.POST('/api/clients/{client_id}/measurements', { params: { path: { client_id: clientId } }, body })) as Measurement[],
    // Not awaited: the caller's own onSuccess runs while the entry it came from is still on screen.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['measurements'] }),
  });
}
