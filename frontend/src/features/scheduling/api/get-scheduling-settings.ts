import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SchedulingSettings = components['schemas']['Settings'];

export const schedulingSettingsKey = ['scheduling-settings'] as const;

export async function getSchedulingSettings(): Promise<SchedulingSettings> {
  return unwrap(await api.GET('/api/scheduling/settings'));
}

/** The studio's reminder offsets (minutes before a session); staff may read them. */
export function useSchedulingSettings({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: schedulingSettingsKey, queryFn: getSchedulingSettings, enabled });
}
