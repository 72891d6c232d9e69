import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type RunResult = { step: number; type: string; outcome: string; at: string };
export type Run = Omit<Required<components['schemas']['Run']>, 'results'> & { results: RunResult[] };
export type RunPage = { items: Run[]; meta: components['schemas']['PageMeta'] };

/** One page of an automation's runs, newest first: the client, what fired it and what each step did. */
export function useRuleRuns(ruleId: number, query: { page?: number; per_page?: number }) {
  return useQuery({
    queryKey: ['automation', 'rules', 'runs', ruleId, query],
    queryFn: async () => unwrap(await api.GET('/api/automation/rules/{rule_id}/runs', { params: { path: { rule_id: ruleId }, query } })) as RunPage,
    placeholderData: keepPreviousData,
  });
}
