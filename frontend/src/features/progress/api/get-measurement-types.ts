import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type MeasurementType = Required<components['schemas']['MeasurementType']>;
type MeasurementTypePage = { items: MeasurementType[] };

export async function getMeasurementTypes(includeArchived = false): Promise<MeasurementType[]> {
  const page = unwrap(
    await api.GET('/api/measurement-types', { params: { query: { per_page: 100, include_archived: includeArchived } } }),
  ) as MeasurementTypePage;
  return page.items;
}

/** The types the studio measures (built-ins first, then its own), each with the unit the reader types it in. */
export function useMeasurementTypes(includeArchived = false) {
  return useQuery({
    queryKey: ['measurements', 'types', includeArchived],
    queryFn: () => getMeasurementTypes(includeArchived),
    staleTime: 5 * 60_000,
  });
}
