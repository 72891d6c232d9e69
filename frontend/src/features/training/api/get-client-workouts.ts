import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type WorkoutSummary = components['schemas']['WorkoutSummary'];
export type WorkoutSummaryPage = components['schemas']['WorkoutSummaryPage'];

export async function getClientWorkouts(clientId: number, page: number, perPage: number): Promise<WorkoutSummaryPage> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/workouts', { params: { path: { client_id: clientId }, query: { page, per_page: perPage } } }),
  ) as WorkoutSummaryPage;
}

/** A client's logged workouts, newest first, one page at a time. */
export function useClientWorkouts(clientId: number, page: number, perPage: number) {
  return useQuery({
    queryKey: ['training', 'client-workouts', clientId, page, perPage],
    queryFn: () => getClientWorkouts(clientId, page, perPage),
    placeholderData: keepPreviousData,
  });
}
