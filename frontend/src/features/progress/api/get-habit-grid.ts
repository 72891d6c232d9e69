import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type HabitGrid = components['schemas']['HabitGrid'];
export type HabitGridRow = components['schemas']['HabitGridRow'];
export type HabitDayState = components['schemas']['HabitDay']['state'];

export async function getHabitGrid(clientId: number): Promise<HabitGrid> {
  return unwrap(await api.GET('/api/clients/{client_id}/habits/grid', { params: { path: { client_id: clientId } } }));
}

export function useHabitGrid(clientId: number) {
  return useQuery({ queryKey: ['progress', 'habits', clientId, 'grid'], queryFn: () => getHabitGrid(clientId), enabled: clientId > 0 });
}
