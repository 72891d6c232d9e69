import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type LoggedExercise = Required<components['schemas']['LoggedExercise']>;
export type LoggedExercisePage = { items: LoggedExercise[]; meta: Required<components['schemas']['PageMeta']> };

export async function getLoggedExercises(clientId: number, perPage: number): Promise<LoggedExercisePage> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/training/exercises', { params: { path: { client_id: clientId }, query: { per_page: perPage } } }),
  ) as LoggedExercisePage;
}

/** The exercises a client has logged, most recently performed first (the chart's choices). */
export function useLoggedExercises(clientId: number, perPage = 100) {
  return useQuery({ queryKey: ['training', 'logged-exercises', clientId, perPage], queryFn: () => getLoggedExercises(clientId, perPage), enabled: clientId > 0 });
}
