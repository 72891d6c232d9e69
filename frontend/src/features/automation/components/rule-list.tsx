import { useCreateRuleFromTemplate, useAutomationTemplates, useRules, useSetRuleEnabled, type Rule } from '@/features/automation/api/get-rules';
import { analyticsText, stepsText } from '@/features/automation/components/rule-words';
import { useNavigate } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/field';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { toQuery } from '@/lib/list-params';
import { useListParams } from '@/lib/use-list-params';

const DEFAULTS = {};
const FILTERS = [] as const;

function RuleRow({ rule, busy, onToggle }: { rule: Rule; busy: boolean; onToggle: (enabled: boolean) => void }) {
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4" data-testid="automation-rule">
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-semibold">{rule.name}</span>
          <Badge tone={rule.enabled ? 'success' : 'neutral'}>{rule.enabled ? 'On' : 'Off'}</Badge>
        </p>
        <p className="mt-1">
          When: {rule.trigger_text}
          {rule.conditions_text.length ? ` · If: ${rule.conditions_text.join(', ')}` : ''}
        </p>
        <p className="mt-1">Then: {stepsText(rule.steps)}</p>
        <p className="mt-1 text-xs text-muted">{analyticsText(rule.analytics)}</p>
      </div>
      <div className="flex items-center gap-2">
        <Checkbox label={rule.enabled ? 'On' : 'Off'} checked={rule.enabled} disabled={busy} onChange={(event) => onToggle(event.target.checked)} aria-label={`${rule.name}: on`} />
        <ButtonLink to={paths.automation.getHref(rule.id)} variant="secondary" aria-label={`Edit ${rule.name}`}>
          Edit
        </ButtonLink>
      </div>
    </li>
  );
}

function Templates() {
  const templates = useAutomationTemplates();
  const create = useCreateRuleFromTemplate();
  const toast = useToast();
  const navigate = useNavigate();
  if (templates.isPending) return <Spinner label="Loading templates…" />;
  if (templates.isError) return <ErrorState error={templates.error} onRetry={() => templates.refetch()} />;
  return (
    <section aria-labelledby="automation-templates" className="flex flex-col gap-3">
      <h2 id="automation-templates" className="text-lg font-semibold">
        Start from a template
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {templates.data.map((template) => (
          <li key={template.key}>
            <Card className="flex h-full flex-col gap-2 p-4 text-sm">
              <p className="font-semibold">{template.name}</p>
              <p className="flex-1">{template.description}</p>
              <Button
                variant="secondary"
                className="self-start"
                loading={create.isPending && create.variables === template.key}
                onClick={() =>
                  create.mutate(template.key, {
                    onSuccess: (rule) => {
                      toast.success(`“${rule.name}” added, turned off: make it yours, then turn it on.`);
                      navigate(paths.automation.getHref(rule.id));
                    },
                    onError: (error) => toast.error(errorMessage(error)),
                  })
                }
                aria-label={`Use template: ${template.name}`}
              >
                Use this
              </Button>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The studio's automations with their figures and an on/off switch each, and the templates to start from. */
export function RuleList() {
  const { state, update } = useListParams(DEFAULTS, FILTERS);
  const rules = useRules(toQuery(state));
  const setEnabled = useSetRuleEnabled();
  const toast = useToast();

  function toggle(rule: Rule, enabled: boolean) {
    setEnabled.mutate(
      { id: rule.id, enabled },
      { onSuccess: () => toast.success(`“${rule.name}” turned ${enabled ? 'on' : 'off'}.`), onError: (error) => toast.error(errorMessage(error)) },
    );
  }

  return (
    <div className="flex flex-col gap-6">
      {rules.isPending ? (
        <Spinner label="Loading automations…" />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => rules.refetch()} />
      ) : rules.data.items.length === 0 ? (
        <EmptyState title="No automations yet">Start from a template below: it is added turned off, for you to read first.</EmptyState>
      ) : (
        <Card>
          <ul aria-label="Automations" className="flex flex-col divide-y divide-border px-4">
            {rules.data.items.map((rule) => (
              <RuleRow key={rule.id} rule={rule} busy={setEnabled.isPending && setEnabled.variables?.id === rule.id} onToggle={(enabled) => toggle(rule, enabled)} />
            ))}
          </ul>
          <ListFooter meta={rules.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
        </Card>
      )}
      <Templates />
    </div>
  );
}
