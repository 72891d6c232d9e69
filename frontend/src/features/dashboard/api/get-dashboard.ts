import { useQuery } from '@tanstack/react-query';
import type { ActivityEntry } from '@/features/activity/api/get-activity';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Dashboard = Omit<components['schemas']['Dashboard'], 'recent_activity'> & { recent_activity: ActivityEntry[] };

export async function getDashboard(): Promise<Dashboard> {
  return unwrap(await api.GET('/api/dashboard')) as Dashboard;
}

export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: getDashboard });
}
