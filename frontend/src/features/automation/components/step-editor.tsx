import { useRef, useState, type FocusEvent } from 'react';
import type { AutomationOptions } from '@/features/automation/api/get-options';
import { MessagePreview } from '@/features/automation/components/message-preview';
import { insertMergeField, TEMPLATED_FIELDS, type StepDraft } from '@/features/automation/components/rule-draft';
import type { Trainer } from '@/features/trainers/api/get-trainers';
import { Button } from '@/components/ui/button';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';

type Templated = 'subject' | 'body' | 'title' | 'notes';
type Props = {
  step: StepDraft;
  index: number;
  count: number;
  options: AutomationOptions;
  trainers: Trainer[];
  /** The API's message for one of the step's fields, or (name '') for the step as a whole. */
  error: (name: string) => string | undefined;
  onChange: (patch: Partial<StepDraft>) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
};

const FIELD_LABELS: Record<Templated, string> = { subject: 'Subject', body: 'Message', title: 'Title', notes: 'Notes (optional)' };

/** One step of a rule: its parameters, a merge-field picker for its texts, and a preview for messages. */
export function StepEditor({ step, index, count, options, trainers, error, onChange, onMove, onRemove }: Props) {
  const number = index + 1;
  const label = options.steps.find((option) => option.value === step.type)?.label ?? step.type;
  const templated = TEMPLATED_FIELDS[step.type];
  // Where a picked merge field goes: the text last focused (its caret), else the message.
  const target = useRef<{ field: Templated; element: HTMLInputElement | HTMLTextAreaElement } | null>(null);
  const [previewErrors, setPreviewErrors] = useState<Record<string, string[]>>({});
  const fieldError = (name: Templated) => error(name) ?? previewErrors[name === 'title' ? 'subject' : name]?.[0];

  const remember = (field: Templated) => (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    target.current = { field, element: event.currentTarget };
  };

  function insert(field: string) {
    const into = target.current && templated.includes(target.current.field) ? target.current : null;
    const name: Templated = into?.field ?? (templated.includes('body') ? 'body' : templated[0]);
    const element = into?.element;
    const { value, caret } = insertMergeField(step[name], field, element?.selectionStart ?? undefined, element?.selectionEnd ?? undefined);
    onChange({ [name]: value });
    if (element) {
      requestAnimationFrame(() => {
        element.focus();
        element.setSelectionRange(caret, caret);
      });
    }
  }

  const text = (name: Templated, props: { required?: boolean; maxLength: number; multiline?: boolean }) => {
    const common = {
      label: FIELD_LABELS[name],
      value: step[name],
      required: props.required,
      maxLength: props.maxLength,
      error: fieldError(name),
      onFocus: remember(name),
      wrapperClassName: 'sm:col-span-2',
    };
    return props.multiline ? (
      <TextareaField {...common} onChange={(event) => onChange({ [name]: event.target.value })} rows={name === 'body' && step.type === 'send_email' ? 6 : 3} />
    ) : (
      <InputField {...common} onChange={(event) => onChange({ [name]: event.target.value })} />
    );
  };

  return (
    <li className="rounded-xl border border-border p-4" data-testid="step-editor" aria-label={`Step ${number}: ${label}`}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">
          {number}. {label}
        </h3>
        <div className="flex gap-1">
          <Button variant="ghost" aria-label={`Move step ${number} up`} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑
          </Button>
          <Button variant="ghost" aria-label={`Move step ${number} down`} disabled={index === count - 1} onClick={() => onMove(1)}>
            ↓
          </Button>
          <Button variant="ghost" aria-label={`Remove step ${number}`} disabled={count === 1} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
      {error('') ? (
        <p className="mb-3 text-sm text-danger" role="alert">
          {error('')}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {step.type === 'send_email' ? (
          <>
            {text('subject', { required: true, maxLength: 300 })}
            {text('body', { required: true, maxLength: 10_000, multiline: true })}
          </>
        ) : null}
        {step.type === 'send_sms' ? text('body', { required: true, maxLength: 10_000, multiline: true }) : null}
        {step.type === 'send_push' ? (
          <>
            {text('title', { required: true, maxLength: 200 })}
            {text('body', { required: true, maxLength: 10_000, multiline: true })}
          </>
        ) : null}
        {step.type === 'create_task' ? (
          <>
            {text('title', { required: true, maxLength: 200 })}
            {text('notes', { maxLength: 2_000, multiline: true })}
            <SelectField label="For" value={step.assigneeId} onChange={(event) => onChange({ assigneeId: event.target.value })} error={error('assignee_id')}>
              <option value="">The client’s primary trainer</option>
              {trainers
                .filter((trainer) => trainer.user_id)
                .map((trainer) => (
                  <option key={trainer.id} value={trainer.user_id!}>
                    {trainer.full_name}
                  </option>
                ))}
            </SelectField>
            <InputField label="Due after (days, optional)" type="number" min={0} max={365} inputMode="numeric" value={step.dueInDays} onChange={(event) => onChange({ dueInDays: event.target.value })} error={error('due_in_days')} />
          </>
        ) : null}
        {step.type === 'add_tag' || step.type === 'remove_tag' ? (
          <InputField label="Tag" value={step.tag} required maxLength={40} onChange={(event) => onChange({ tag: event.target.value })} error={error('tag')} />
        ) : null}
        {step.type === 'call_webhook' ? (
          <>
            <InputField
              label="URL"
              type="url"
              inputMode="url"
              placeholder="https://example.com/hooks/fitnesscrm"
              value={step.url}
              required
              onChange={(event) => onChange({ url: event.target.value })}
              error={error('url')}
              hint="Receives a POST with the client, the rule and the JSON below."
              wrapperClassName="sm:col-span-2"
            />
            <TextareaField
              label="Extra JSON (optional)"
              value={step.payload}
              onChange={(event) => onChange({ payload: event.target.value })}
              error={error('payload')}
              placeholder='{"source": "fitnesscrm"}'
              className="font-mono"
              wrapperClassName="sm:col-span-2"
            />
          </>
        ) : null}
        {step.type === 'wait' ? (
          <>
            <InputField label="Wait for" type="number" min={1} inputMode="numeric" value={step.amount} required onChange={(event) => onChange({ amount: event.target.value })} error={error('amount')} />
            <SelectField label="Unit" value={step.unit} onChange={(event) => onChange({ unit: event.target.value as StepDraft['unit'] })} error={error('unit')}>
              <option value="hours">Hours</option>
              <option value="days">Days</option>
            </SelectField>
          </>
        ) : null}
        {templated.length ? (
          <SelectField
            label="Insert a merge field"
            value=""
            onChange={(event) => event.target.value && insert(event.target.value)}
            hint="Goes where the cursor was in the text you last edited."
            wrapperClassName="sm:col-span-2"
          >
            <option value="">Choose a field…</option>
            {options.merge_fields.map((field) => (
              <option key={field.value} value={field.value}>
                {`{{ ${field.value} }}`} – {field.label}
              </option>
            ))}
          </SelectField>
        ) : null}
        {step.type === 'send_email' || step.type === 'send_sms' || step.type === 'send_push' ? (
          <MessagePreview subject={step.type === 'send_email' ? step.subject : step.type === 'send_push' ? step.title : undefined} body={step.body} label={`step ${number}`} onFieldErrors={setPreviewErrors} />
        ) : null}
      </div>
    </li>
  );
}
