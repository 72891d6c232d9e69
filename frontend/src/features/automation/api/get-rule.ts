import { useQuery } from '@tanstack/react-query';
import type { Rule } from '@/features/automation/api/get-rules';
import { api, unwrap } from '@/lib/api-client';

/** One automation with its analytics, for the editor. */
export function useRule(ruleId: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['automation', 'rules', 'one', ruleId],
    queryFn: async () => unwrap(await api.GET('/api/automation/rules/{rule_id}', { params: { path: { rule_id: ruleId } } })) as Rule,
    ...options,
  });
}
