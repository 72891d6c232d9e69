import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Measurement = Required<components['schemas']['Measurement']>;
export type MeasurementPage = { items: Measurement[]; meta: Required<components['schemas']['PageMeta']> };

export async function getClientMeasurements(clientId: number, page: number, perPage: number, typeId?: number): Promise<MeasurementPage> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/measurements', {
      params: { path: { client_id: clientId }, query: { page, per_page: perPage, ...(typeId ? { type_id: typeId } : {}) } },
    }),
  ) as MeasurementPage;
}

/** A client's current entries, newest day first, in the reader's units. */
export function useClientMeasurements(clientId: number, page = 1, perPage = 10, typeId?: number) {
  return useQuery({
    queryKey: ['measurements', 'entries', clientId, page, perPage, typeId ?? null],
    queryFn: () => getClientMeasurements(clientId, page, perPage, typeId),
    placeholderData: keepPreviousData,
    enabled: clientId > 0,
  });
}
