import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ActivityStats = components['schemas']['ActivityStats'];

export async function getActivityStats(): Promise<ActivityStats> {
  return unwrap(await api.GET('/api/activity/stats')) as ActivityStats;
}

export function useActivityStats() {
  return useQuery({ queryKey: ['activity', 'stats'], queryFn: getActivityStats });
}
