import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ActivityFilters = components['schemas']['ActivityFilters'];

/** The actions and record types the log knows, with their labels; they change only with the app. */
export async function getActivityFilters(): Promise<ActivityFilters> {
  return unwrap(await api.GET('/api/activity/filters')) as ActivityFilters;
}

export function useActivityFilters() {
  return useQuery({ queryKey: ['activity', 'filters'], queryFn: getActivityFilters, staleTime: Infinity });
}
