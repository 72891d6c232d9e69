import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type GoalMilestone = Required<components['schemas']['GoalMilestone']>;
export type Goal = Required<Omit<components['schemas']['Goal'], 'milestones'>> & { milestones: GoalMilestone[] };
export type GoalKind = Goal['kind'];
export type GoalsPage = { items: Goal[]; meta: Required<components['schemas']['PageMeta']> };

export async function getClientGoals(clientId: number, page: number, perPage: number): Promise<GoalsPage> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/goals', { params: { path: { client_id: clientId }, query: { page, per_page: perPage } } }),
  ) as GoalsPage;
}

/** A client's goals, active first, each with its progress computed by the server. */
export function useClientGoals(clientId: number, page = 1, perPage = 20) {
  return useQuery({
    queryKey: ['goals', clientId, page, perPage],
    queryFn: () => getClientGoals(clientId, page, perPage),
    placeholderData: keepPreviousData,
    enabled: clientId > 0,
  });
}
