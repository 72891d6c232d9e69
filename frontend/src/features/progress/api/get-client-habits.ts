import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type HabitWithStatus = components['schemas']['HabitWithStatus'];
export type Habit = components['schemas']['Habit'];
export type HabitPage = { items: HabitWithStatus[]; meta: components['schemas']['PageMeta'] };

/** Habits a client holds at once are few; one page of 100 shows them all. */
export const HABITS_PAGE = 100;

export async function getClientHabits(clientId: number, archived = false): Promise<HabitPage> {
  return unwrap(await api.GET('/api/clients/{client_id}/habits', { params: { path: { client_id: clientId }, query: { archived, per_page: HABITS_PAGE } } })) as HabitPage;
}

export function useClientHabits(clientId: number, { archived = false, enabled = true }: { archived?: boolean; enabled?: boolean } = {}) {
  return useQuery({ queryKey: ['progress', 'habits', clientId, 'list', archived], queryFn: () => getClientHabits(clientId, archived), enabled: enabled && clientId > 0 });
}
