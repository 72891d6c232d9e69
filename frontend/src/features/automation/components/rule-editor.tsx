import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAutomationOptions, type AutomationOptions } from '@/features/automation/api/get-options';
import type { Rule } from '@/features/automation/api/get-rules';
import { useSaveRule } from '@/features/automation/api/save-rule';
import { draftFrom, emptyCondition, emptyStep, flattenErrors, localErrors, moved, ruleBody, type ConditionDraft, type ConditionType, type RuleDraft, type StepDraft, type StepType } from '@/features/automation/components/rule-draft';
import { StepEditor } from '@/features/automation/components/step-editor';
import { useSegments, type Segment } from '@/features/campaigns/api/get-segments';
import { useTrainerOptions, type Trainer } from '@/features/trainers/api/get-trainers';
import { Button } from '@/components/ui/button';
import { Checkbox, InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { FormSection } from '@/components/ui/form-section';
import { ErrorState, Spinner } from '@/components/ui/states';
import { ApiError, errorMessage } from '@/lib/api-error';

const STATUSES = [
  ['lead', 'Lead'],
  ['active', 'Active'],
  ['paused', 'Paused'],
  ['inactive', 'Inactive'],
] as const;
const MAX_STEPS = 20;
const MAX_CONDITIONS = 20;

type ConditionProps = { condition: ConditionDraft; index: number; options: AutomationOptions; trainers: Trainer[]; segments: Segment[]; error?: string; onChange: (patch: Partial<ConditionDraft>) => void; onRemove: () => void };

function ConditionEditor({ condition, index, options, trainers, segments, error, onChange, onRemove }: ConditionProps) {
  const label = options.conditions.find((option) => option.value === condition.type)?.label ?? condition.type;
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-border p-3 sm:flex-row sm:items-end" data-testid="condition-editor">
      <div className="min-w-0 flex-1">
        {condition.type === 'status_in' ? (
          <fieldset>
            <legend className="text-sm font-medium">{label}</legend>
            <div className="flex flex-wrap gap-x-4">
              {STATUSES.map(([value, name]) => (
                <Checkbox
                  key={value}
                  label={name}
                  checked={condition.statuses.includes(value)}
                  onChange={(event) => onChange({ statuses: event.target.checked ? [...condition.statuses, value] : condition.statuses.filter((status) => status !== value) })}
                />
              ))}
            </div>
            {error ? (
              <p className="text-sm text-danger" role="alert">
                {error}
              </p>
            ) : null}
          </fieldset>
        ) : condition.type === 'has_tag' || condition.type === 'lacks_tag' ? (
          <InputField label={label} value={condition.tag} required maxLength={40} onChange={(event) => onChange({ tag: event.target.value })} error={error} />
        ) : condition.type === 'primary_trainer_is' ? (
          <SelectField label={label} value={condition.trainerId} required onChange={(event) => onChange({ trainerId: event.target.value })} error={error}>
            <option value="">Choose a trainer…</option>
            {trainers.map((trainer) => (
              <option key={trainer.id} value={trainer.id}>
                {trainer.full_name}
              </option>
            ))}
          </SelectField>
        ) : condition.type === 'in_segment' ? (
          <SelectField label={label} value={condition.segmentId} required onChange={(event) => onChange({ segmentId: event.target.value })} error={error}>
            <option value="">{segments.length ? 'Choose a segment…' : 'No segments yet: make one under Campaigns'}</option>
            {segments.map((segment) => (
              <option key={segment.id} value={segment.id}>
                {segment.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="flex min-h-11 items-center text-sm font-medium">{label}</p>
        )}
      </div>
      <Button variant="ghost" className="self-end" aria-label={`Remove condition ${index + 1}`} onClick={onRemove}>
        Remove
      </Button>
    </li>
  );
}

/** Pick a kind of thing to add; the list resets so the same kind can be added again. */
function AddPicker({ label, choices, disabled, onPick }: { label: string; choices: { value: string; label: string }[]; disabled?: boolean; onPick: (value: string) => void }) {
  return (
    <SelectField label={label} value="" disabled={disabled} onChange={(event) => event.target.value && onPick(event.target.value)} wrapperClassName="sm:max-w-xs">
      <option value="">Choose…</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </SelectField>
  );
}

/** The rule editor: what starts it, who it applies to, and its ordered steps; errors beside their inputs. */
export function RuleEditor({ rule, onSaved }: { rule?: Rule; onSaved: (rule: Rule) => void }) {
  const options = useAutomationOptions();
  const trainers = useTrainerOptions();
  const segments = useSegments();
  if (options.isPending || trainers.isPending || segments.isPending) return <Spinner label="Loading the editor…" />;
  if (options.isError) return <ErrorState error={options.error} onRetry={() => options.refetch()} />;
  if (trainers.isError) return <ErrorState error={trainers.error} onRetry={() => trainers.refetch()} />;
  if (segments.isError) return <ErrorState error={segments.error} onRetry={() => segments.refetch()} />;
  return <RuleForm rule={rule} options={options.data} trainers={trainers.data.items} segments={segments.data.items} onSaved={onSaved} />;
}

function RuleForm({ rule, options, trainers, segments, onSaved }: { rule?: Rule; options: AutomationOptions; trainers: Trainer[]; segments: Segment[]; onSaved: (rule: Rule) => void }) {
  const save = useSaveRule();
  const [draft, setDraft] = useState<RuleDraft>(() => draftFrom(rule));
  const [checked, setChecked] = useState<Record<string, string>>({});
  const serverErrors = save.error instanceof ApiError ? flattenErrors(save.error.details) : {};
  const errors = { ...serverErrors, ...checked };
  const withDays = options.triggers_with_days.includes(draft.trigger);
  const form = useRef<HTMLFormElement>(null);
  // The save button may be far below the step at fault: take the person to the first field refused.
  useEffect(() => {
    if (!save.error && !Object.keys(checked).length) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else form.current?.querySelector('[role="alert"]')?.scrollIntoView({ block: 'center' });
  }, [save.error, checked]);

  const update = (patch: Partial<RuleDraft>) => setDraft((current) => ({ ...current, ...patch }));
  // Moving or removing items shifts their numbers, so errors keyed by position would land on the wrong one.
  const restructure = (patch: Partial<RuleDraft>) => {
    save.reset();
    setChecked({});
    update(patch);
  };
  const changeStep = (id: string, patch: Partial<StepDraft>) => setDraft((current) => ({ ...current, steps: current.steps.map((step) => (step.id === id ? { ...step, ...patch } : step)) }));
  const changeCondition = (id: string, patch: Partial<ConditionDraft>) =>
    setDraft((current) => ({ ...current, conditions: current.conditions.map((condition) => (condition.id === id ? { ...condition, ...patch } : condition)) }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const local = localErrors(draft);
    setChecked(local);
    if (Object.keys(local).length) return;
    save.mutate({ ruleId: rule?.id, input: ruleBody(draft, options.triggers_with_days) }, { onSuccess: onSaved });
  }

  const stepsError = errors.steps;
  const otherErrorCount = Object.keys(errors).length;
  const alert = save.error ? (otherErrorCount ? `${errorMessage(save.error)} See the highlighted fields.` : errorMessage(save.error)) : otherErrorCount ? 'Please check the highlighted fields.' : undefined;

  return (
    <form ref={form} onSubmit={submit} className="flex flex-col gap-4" aria-label="Automation">
      <FormAlert message={alert} />
      <FormSection title="About">
        <InputField label="Name" value={draft.name} required maxLength={120} onChange={(event) => update({ name: event.target.value })} error={errors.name} wrapperClassName="sm:col-span-2" />
        <TextareaField label="Description (optional)" value={draft.description} maxLength={500} rows={2} onChange={(event) => update({ description: event.target.value })} error={errors.description} wrapperClassName="sm:col-span-2" />
      </FormSection>
      <FormSection title="When" description="What starts this automation for a client.">
        <SelectField label="Trigger" value={draft.trigger} onChange={(event) => update({ trigger: event.target.value })} error={errors.trigger}>
          {options.triggers.map((trigger) => (
            <option key={trigger.value} value={trigger.value}>
              {trigger.label}
            </option>
          ))}
        </SelectField>
        {withDays ? (
          <InputField label="N (days)" type="number" min={1} max={365} inputMode="numeric" required value={draft.triggerDays} onChange={(event) => update({ triggerDays: event.target.value })} error={errors.trigger_days} />
        ) : null}
      </FormSection>
      <FormSection title="Only if" description="Every condition must hold. Archived clients never match.">
        {draft.conditions.length ? (
          <ol className="flex flex-col gap-3 sm:col-span-2" aria-label="Conditions">
            {draft.conditions.map((condition, index) => (
              <ConditionEditor
                key={condition.id}
                condition={condition}
                index={index}
                options={options}
                trainers={trainers}
                segments={segments}
                error={errors[`conditions.${index}.statuses`] ?? errors[`conditions.${index}.tag`] ?? errors[`conditions.${index}.trainer_id`] ?? errors[`conditions.${index}.segment_id`] ?? errors[`conditions.${index}`]}
                onChange={(patch) => changeCondition(condition.id, patch)}
                onRemove={() => restructure({ conditions: draft.conditions.filter((item) => item.id !== condition.id) })}
              />
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted sm:col-span-2">No conditions: every client it happens to.</p>
        )}
        <AddPicker label="Add a condition" choices={options.conditions} disabled={draft.conditions.length >= MAX_CONDITIONS} onPick={(type) => restructure({ conditions: [...draft.conditions, emptyCondition(type as ConditionType)] })} />
      </FormSection>
      <FormSection title="Then" description="Steps run in order; a wait holds the next one back.">
        {stepsError ? (
          <p className="text-sm text-danger sm:col-span-2" role="alert">
            {stepsError}
          </p>
        ) : null}
        <ol className="flex flex-col gap-3 sm:col-span-2" aria-label="Steps">
          {draft.steps.map((step, index) => (
            <StepEditor
              key={step.id}
              step={step}
              index={index}
              count={draft.steps.length}
              options={options}
              trainers={trainers}
              error={(name) => errors[name ? `steps.${index}.${name}` : `steps.${index}`]}
              onChange={(patch) => changeStep(step.id, patch)}
              onMove={(by) => restructure({ steps: moved(draft.steps, index, by) })}
              onRemove={() => restructure({ steps: draft.steps.filter((item) => item.id !== step.id) })}
            />
          ))}
        </ol>
        <AddPicker label="Add a step" choices={options.steps} disabled={draft.steps.length >= MAX_STEPS} onPick={(type) => restructure({ steps: [...draft.steps, emptyStep(type as StepType)] })} />
      </FormSection>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Checkbox label="Turned on" checked={draft.enabled} onChange={(event) => update({ enabled: event.target.checked })} />
        <Button type="submit" loading={save.isPending}>
          {rule ? 'Save automation' : 'Create automation'}
        </Button>
      </div>
    </form>
  );
}
