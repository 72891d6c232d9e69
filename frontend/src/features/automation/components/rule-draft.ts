import type { Rule } from '@/features/automation/api/get-rules';
import type { RuleInput } from '@/features/automation/api/save-rule';

export type StepType = Rule['steps'][number]['type'];
export type ConditionType = Rule['conditions'][number]['type'];

/** A step as the editor holds it: every input as text, so a half-typed number is not lost. */
export type StepDraft = {
  id: string;
  type: StepType;
  subject: string;
  body: string;
  title: string;
  notes: string;
  dueInDays: string;
  assigneeId: string;
  tag: string;
  url: string;
  payload: string;
  amount: string;
  unit: 'hours' | 'days';
};

export type ConditionDraft = { id: string; type: ConditionType; statuses: string[]; tag: string; trainerId: string; segmentId: string };

export type RuleDraft = {
  name: string;
  description: string;
  trigger: string;
  triggerDays: string;
  enabled: boolean;
  conditions: ConditionDraft[];
  steps: StepDraft[];
};

/** The fields of a message step that take merge fields, in the order the editor shows them. */
export const TEMPLATED_FIELDS: Record<StepType, ('subject' | 'body' | 'title' | 'notes')[]> = {
  send_email: ['subject', 'body'],
  send_sms: ['body'],
  send_push: ['title', 'body'],
  create_task: ['title', 'notes'],
  add_tag: [],
  remove_tag: [],
  call_webhook: [],
  wait: [],
};

let nextId = 1;
const newId = (prefix: string) => `${prefix}-${nextId++}`;

/** A fresh step of `type` with nothing filled in but sensible defaults (wait 1 day). */
export function emptyStep(type: StepType): StepDraft {
  return { id: newId('step'), type, subject: '', body: '', title: '', notes: '', dueInDays: '', assigneeId: '', tag: '', url: '', payload: '', amount: '1', unit: 'days' };
}

/** A fresh condition of `type`. */
export function emptyCondition(type: ConditionType): ConditionDraft {
  return { id: newId('condition'), type, statuses: type === 'status_in' ? ['active'] : [], tag: '', trainerId: '', segmentId: '' };
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The editor's draft of a saved rule, or of a new one (a client is added: send an email). */
export function draftFrom(rule?: Rule): RuleDraft {
  if (!rule) {
    return { name: '', description: '', trigger: 'client_created', triggerDays: '', enabled: false, conditions: [], steps: [emptyStep('send_email')] };
  }
  return {
    name: rule.name,
    description: text(rule.description),
    trigger: rule.trigger,
    triggerDays: text(rule.trigger_days),
    enabled: rule.enabled,
    conditions: rule.conditions.map((condition) => ({
      id: newId('condition'),
      type: condition.type,
      statuses: condition.statuses ?? [],
      tag: text(condition.tag),
      trainerId: text(condition.trainer_id),
      segmentId: text(condition.segment_id),
    })),
    steps: rule.steps.map((step) => ({
      ...emptyStep(step.type),
      subject: text(step.subject),
      body: text(step.body),
      title: text(step.title),
      notes: text(step.notes),
      dueInDays: text(step.due_in_days),
      assigneeId: text(step.assignee_id),
      tag: text(step.tag),
      url: text(step.url),
      payload: step.payload && Object.keys(step.payload).length ? JSON.stringify(step.payload, null, 2) : '',
      amount: text(step.amount ?? 1),
      unit: step.unit ?? 'days',
    })),
  };
}

/** A number typed into an input, or undefined when empty (the API then says what is missing). */
const number = (value: string) => (value.trim() === '' ? undefined : Number(value));

/** The extra fields a webhook step sends beside the client (a JSON object of text values), or a sentence saying why not. */
export function parsePayload(value: string): { payload?: Record<string, string>; error?: string } {
  if (!value.trim()) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { error: 'Write a JSON object, such as {"source": "fitnesscrm"}.' };
    if (Object.values(parsed).some((item) => typeof item !== 'string')) return { error: 'Each value must be text in quotes, such as {"source": "fitnesscrm"}.' };
    return { payload: parsed as Record<string, string> };
  } catch {
    return { error: 'This is not valid JSON.' };
  }
}

/** Errors the editor finds before asking the server, keyed like the server's (`steps.2.payload`). */
export function localErrors(draft: RuleDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  draft.steps.forEach((step, index) => {
    if (step.type !== 'call_webhook') return;
    const { error } = parsePayload(step.payload);
    if (error) errors[`steps.${index}.payload`] = error;
  });
  return errors;
}

/** Only the parameters a step's type takes: the API refuses nothing extra, but keeps nothing extra either. */
function stepBody(step: StepDraft): RuleInput['steps'][number] {
  switch (step.type) {
    case 'send_email':
      return { type: step.type, subject: step.subject, body: step.body };
    case 'send_sms':
      return { type: step.type, body: step.body };
    case 'send_push':
      return { type: step.type, title: step.title, body: step.body };
    case 'create_task':
      return { type: step.type, title: step.title, notes: step.notes || undefined, due_in_days: number(step.dueInDays), assignee_id: number(step.assigneeId) };
    case 'add_tag':
    case 'remove_tag':
      return { type: step.type, tag: step.tag };
    case 'call_webhook':
      return { type: step.type, url: step.url, payload: parsePayload(step.payload).payload };
    case 'wait':
      return { type: step.type, amount: number(step.amount), unit: step.unit };
  }
}

/** What the API's create and update read, from the draft. */
export function ruleBody(draft: RuleDraft, triggersWithDays: readonly string[]): RuleInput {
  return {
    name: draft.name,
    description: draft.description.trim() || null,
    trigger: draft.trigger as RuleInput['trigger'],
    trigger_days: triggersWithDays.includes(draft.trigger) ? (number(draft.triggerDays) ?? null) : null,
    enabled: draft.enabled,
    conditions: draft.conditions.map((condition) => {
      switch (condition.type) {
        case 'status_in':
          return { type: condition.type, statuses: condition.statuses as NonNullable<RuleInput['conditions']>[number]['statuses'] };
        case 'has_tag':
        case 'lacks_tag':
          return { type: condition.type, tag: condition.tag };
        case 'primary_trainer_is':
          return { type: condition.type, trainer_id: number(condition.trainerId) };
        case 'in_segment':
          return { type: condition.type, segment_id: number(condition.segmentId) };
        default:
          return { type: condition.type };
      }
    }),
    steps: draft.steps.map(stepBody),
  };
}

/**
 * The API's field errors as one message per dotted path (`steps.1.subject`): the schema answers nested
 * objects (`{"steps": {"1": {"subject": [...]}}}`), the service dotted keys; the editor reads both the same way.
 */
export function flattenErrors(raw: unknown, prefix = ''): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!raw || typeof raw !== 'object') return errors;
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const path = name === '_schema' ? prefix.replace(/\.$/, '') : `${prefix}${name}`;
    if (Array.isArray(value)) {
      const first = value.find((item) => typeof item === 'string');
      if (first !== undefined) errors[path] = first;
      else Object.assign(errors, flattenErrors(Object.fromEntries(value.map((item, index) => [String(index), item])), `${path}.`));
    } else if (typeof value === 'string') errors[path] = value;
    else if (value && typeof value === 'object') Object.assign(errors, flattenErrors(value, `${path}.`));
  }
  return errors;
}

/** `list` with the item at `index` moved by `by` places (kept inside the list). */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + by));
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}

/** `value` with `{{ field }}` put in place of the selection; where the caret goes after it. */
export function insertMergeField(value: string, field: string, start = value.length, end = start): { value: string; caret: number } {
  const token = `{{ ${field} }}`;
  const before = value.slice(0, start);
  const after = value.slice(end);
  // A space on either side when the field would otherwise run into a word.
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  const trail = after && !/^[\s.,!?;:]/.test(after) ? ' ' : '';
  const inserted = `${lead}${token}${trail}`;
  return { value: before + inserted + after, caret: before.length + lead.length + token.length };
}
