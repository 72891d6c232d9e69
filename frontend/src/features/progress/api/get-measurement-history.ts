import { useQuery } from '@tanstack/react-query';
import type { Measurement } from '@/features/progress/api/get-client-measurements';
import { api, unwrap } from '@/lib/api-client';

export type MeasurementHistory = { current: Measurement | null; versions: Measurement[]; removed: boolean };

export async function getMeasurementHistory(clientId: number, measurementId: number): Promise<MeasurementHistory> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/measurements/{measurement_id}/history', {
      params: { path: { client_id: clientId, measurement_id: measurementId } },
    }),
  ) as MeasurementHistory;
}

/** Every value one entry has had, newest first, with who entered and replaced each. */
export function useMeasurementHistory(clientId: number, measurementId: number | null) {
  return useQuery({
    queryKey: ['measurements', 'history', clientId, measurementId],
    queryFn: () => getMeasurementHistory(clientId, measurementId ?? 0),
    enabled: clientId > 0 && !!measurementId,
  });
}
