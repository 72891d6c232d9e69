import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ChartPoint = Required<components['schemas']['ChartPoint']>;
export type GoalLine = Required<components['schemas']['GoalLine']>;
export type MeasurementChart = Required<Omit<components['schemas']['Chart'], 'points' | 'goal'>> & { points: ChartPoint[]; goal: GoalLine | null };
export type DateRange = { from?: string; to?: string };

export async function getMeasurementChart(clientId: number, typeId: number, range: DateRange): Promise<MeasurementChart> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/measurements/chart', {
      params: { path: { client_id: clientId }, query: { type_id: typeId, ...range } },
    }),
  ) as MeasurementChart;
}

/** One type over a range: its entries, the 7-entry moving average and the active goal's line. */
export function useMeasurementChart(clientId: number, typeId: number | null, range: DateRange) {
  return useQuery({
    queryKey: ['measurements', 'chart', clientId, typeId, range.from ?? null, range.to ?? null],
    queryFn: () => getMeasurementChart(clientId, typeId ?? 0, range),
    placeholderData: keepPreviousData,
    enabled: clientId > 0 && !!typeId,
  });
}
