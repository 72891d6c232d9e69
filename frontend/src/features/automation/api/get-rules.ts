import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type Rule = Required<components['schemas']['Rule']>;
export type RulePage = { items: Rule[]; meta: components['schemas']['PageMeta'] };
export type RuleQuery = NonNullable<paths['/api/automation/rules']['get']['parameters']['query']>;
export type AutomationTemplate = Required<components['schemas']['AutomationTemplate']>;

/** One page of the studio's automations, newest first, each with its analytics (owners and admins). */
export function useRules(query: RuleQuery) {
  return useQuery({
    queryKey: ['automation', 'rules', query],
    queryFn: async () => unwrap(await api.GET('/api/automation/rules', { params: { query } })) as RulePage,
    placeholderData: keepPreviousData,
  });
}

/** The built-in automations a rule can start from. */
export function useAutomationTemplates() {
  return useQuery({
    queryKey: ['automation', 'templates'],
    queryFn: async () => (unwrap(await api.GET('/api/automation/templates')) as { items: AutomationTemplate[] }).items,
    staleTime: Infinity,
  });
}

/** Turn an automation on or off (off stops its runs under way). */
export function useSetRuleEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, enabled }: { id: number; enabled: boolean }) => {
      const params = { params: { path: { rule_id: id } } };
      return unwrap(await (enabled ? api.POST('/api/automation/rules/{rule_id}/enable', params) : api.POST('/api/automation/rules/{rule_id}/disable', params))) as Rule;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['automation', 'rules'] }),
  });
}

/** Make an automation from a built-in template; it starts turned off. */
export function useCreateRuleFromTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (template: string) => unwrap(await api.POST('/api/automation/rules/from-template', { body: { template } })) as Rule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['automation', 'rules'] }),
  });
}

/** Delete an automation and its runs. */
export function useDeleteRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await api.DELETE('/api/automation/rules/{rule_id}', { params: { path: { rule_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['automation', 'rules'] }),
  });
}
