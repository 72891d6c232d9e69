import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type GoalMeasurementOption = Required<components['schemas']['GoalMeasurementOption']>;
export type GoalOptions = Required<Omit<components['schemas']['GoalOptions'], 'measurement_types' | 'habits'>> & {
  measurement_types: GoalMeasurementOption[];
  habits: Required<components['schemas']['GoalHabitOption']>[];
};

/** What a goal may be set on for a client: measurement types with their latest value, and the client's habits. */
export function useGoalOptions(clientId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['goals', clientId, 'options'],
    queryFn: async () =>
      unwrap(await api.GET('/api/clients/{client_id}/goals/options', { params: { path: { client_id: clientId } } })) as GoalOptions,
    enabled: enabled && clientId > 0,
  });
}
