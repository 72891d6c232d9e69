import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Rule } from '@/features/automation/api/get-rules';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type RuleInput = components['schemas']['RuleCreate'];

/** Make an automation (no `ruleId`) or change one; runs under way carry on from their next step. */
export function useSaveRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ ruleId, input }: { ruleId?: number; input: RuleInput }) =>
      (ruleId
        ? unwrap(await api.PATCH('/api/automation/rules/{rule_id}', { params: { path: { rule_id: ruleId } }, body: input }))
        : unwrap(await api.POST('/api/automation/rules', { body: input }))) as Rule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['automation', 'rules'] }),
  });
}
