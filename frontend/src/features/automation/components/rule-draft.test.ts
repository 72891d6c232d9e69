import { describe, expect, it } from 'vitest';
import type { Rule } from '@/features/automation/api/get-rules';
import { draftFrom, emptyCondition, emptyStep, flattenErrors, insertMergeField, localErrors, moved, ruleBody } from '@/features/automation/components/rule-draft';

const WITH_DAYS = ['no_session_in_days', 'days_after_start', 'membership_expiring_in_days'];

const welcome = {
  id: 7,
  name: 'Welcome',
  description: null,
  trigger: 'client_created',
  trigger_days: null,
  conditions: [{ type: 'has_tag', tag: 'new' }, { type: 'in_segment', segment_id: 4 }],
  steps: [
    { type: 'send_email', subject: 'Hi {{ first_name }}', body: 'Welcome' },
    { type: 'wait', amount: 3, unit: 'days' },
    { type: 'create_task', title: 'Call {{ first_name }}', due_in_days: 1 },
    { type: 'call_webhook', url: 'https://example.com/hook', payload: { source: 'crm' } },
  ],
  enabled: false,
} as unknown as Rule;

describe('rule drafts', () => {
  it('round-trips a saved rule into the same body', () => {
    const body = ruleBody(draftFrom(welcome), WITH_DAYS);
    expect(body).toEqual({
      name: 'Welcome',
      description: null,
      trigger: 'client_created',
      trigger_days: null,
      enabled: false,
      conditions: [{ type: 'has_tag', tag: 'new' }, { type: 'in_segment', segment_id: 4 }],
      steps: [
        { type: 'send_email', subject: 'Hi {{ first_name }}', body: 'Welcome' },
        { type: 'wait', amount: 3, unit: 'days' },
        { type: 'create_task', title: 'Call {{ first_name }}', notes: undefined, due_in_days: 1, assignee_id: undefined },
        { type: 'call_webhook', url: 'https://example.com/hook', payload: { source: 'crm' } },
      ],
    });
  });

  it('sends only the parameters of a step’s type, and days only for triggers that take them', () => {
    const draft = draftFrom();
    draft.trigger = 'birthday';
    draft.triggerDays = '14';
    draft.steps = [{ ...emptyStep('add_tag'), tag: 'vip', subject: 'left over', body: 'left over' }];
    draft.conditions = [emptyCondition('status_in'), emptyCondition('no_active_membership')];
    const body = ruleBody(draft, WITH_DAYS);
    expect(body.trigger_days).toBeNull();
    expect(body.steps).toEqual([{ type: 'add_tag', tag: 'vip' }]);
    expect(body.conditions).toEqual([{ type: 'status_in', statuses: ['active'] }, { type: 'no_active_membership' }]);
    draft.trigger = 'no_session_in_days';
    expect(ruleBody(draft, WITH_DAYS).trigger_days).toBe(14);
  });

  it('refuses a webhook payload that is not a JSON object before asking the server', () => {
    const draft = draftFrom();
    draft.steps = [emptyStep('wait'), { ...emptyStep('call_webhook'), url: 'https://example.com', payload: '[1]' }, { ...emptyStep('call_webhook'), payload: '{oops' }, { ...emptyStep('call_webhook'), payload: '{"n": 1}' }];
    expect(localErrors(draft)).toEqual({
      'steps.1.payload': 'Write a JSON object, such as {"source": "fitnesscrm"}.',
      'steps.2.payload': 'This is not valid JSON.',
      'steps.3.payload': 'Each value must be text in quotes, such as {"source": "fitnesscrm"}.',
    });
  });
});

describe('field errors', () => {
  it('reads the schema’s nested errors and the service’s dotted ones alike', () => {
    expect(flattenErrors({ name: ['Required.'], steps: { '1': { subject: ['Required for this step.'] } }, 'steps.2.url': ['Not allowed.'] })).toEqual({
      name: 'Required.',
      'steps.1.subject': 'Required for this step.',
      'steps.2.url': 'Not allowed.',
    });
    expect(flattenErrors({ steps: ['Shorter than minimum length 1.'] })).toEqual({ steps: 'Shorter than minimum length 1.' });
    expect(flattenErrors({ conditions: { '0': { _schema: ['Bad.'] } } })).toEqual({ 'conditions.0': 'Bad.' });
    expect(flattenErrors(null)).toEqual({});
  });
});

describe('merge fields', () => {
  it('puts the field where the caret is, spaced from the words around it', () => {
    expect(insertMergeField('Hi !', 'first_name', 3)).toEqual({ value: 'Hi {{ first_name }}!', caret: 19 });
    expect(insertMergeField('Hello', 'first_name')).toEqual({ value: 'Hello {{ first_name }}', caret: 22 });
    expect(insertMergeField('', 'studio_name')).toEqual({ value: '{{ studio_name }}', caret: 17 });
    expect(insertMergeField('Dear you,', 'full_name', 5, 8)).toEqual({ value: 'Dear {{ full_name }},', caret: 20 });
    expect(insertMergeField('Hithere', 'email', 2)).toEqual({ value: 'Hi {{ email }} there', caret: 14 });
  });

  it('moves an item within the list', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
