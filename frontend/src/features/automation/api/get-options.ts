import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

type Option = Required<components['schemas']['AutomationOption']>;
export type AutomationOptions = { triggers: Option[]; triggers_with_days: string[]; conditions: Option[]; steps: Option[]; merge_fields: Option[] };

/** What the rule editor offers (triggers, conditions, steps, merge fields), in the server's words. */
export function useAutomationOptions() {
  return useQuery({
    queryKey: ['automation', 'options'],
    queryFn: async () => unwrap(await api.GET('/api/automation/options')) as AutomationOptions,
    staleTime: Infinity,
  });
}
