import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DateRange } from '@/features/progress/api/get-measurement-chart';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type BodyCompositionPoint = Required<components['schemas']['BodyCompositionPoint']>;
export type BodyComposition = Required<Omit<components['schemas']['BodyComposition'], 'points'>> & { points: BodyCompositionPoint[] };

export async function getBodyComposition(clientId: number, range: DateRange): Promise<BodyComposition> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/measurements/body-composition', { params: { path: { client_id: clientId }, query: range } }),
  ) as BodyComposition;
}

/** Fat and lean mass over a range, worked out from weight and body fat where lean mass was not measured. */
export function useBodyComposition(clientId: number, range: DateRange) {
  return useQuery({
    queryKey: ['measurements', 'body-composition', clientId, range.from ?? null, range.to ?? null],
    queryFn: () => getBodyComposition(clientId, range),
    placeholderData: keepPreviousData,
    enabled: clientId > 0,
  });
}
