import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type LatestMeasurement = Required<components['schemas']['LatestMeasurement']>;

export async function getLatestMeasurements(clientId: number): Promise<LatestMeasurement[]> {
  const body = unwrap(
    await api.GET('/api/clients/{client_id}/measurements/latest', { params: { path: { client_id: clientId } } }),
  ) as { items: LatestMeasurement[] };
  return body.items;
}

/** The newest value of each type the client has, with the change since the one before. */
export function useLatestMeasurements(clientId: number) {
  return useQuery({ queryKey: ['measurements', 'latest', clientId], queryFn: () => getLatestMeasurements(clientId), enabled: clientId > 0 });
}
