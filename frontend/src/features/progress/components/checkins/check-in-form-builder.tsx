import { useState, type FormEvent } from 'react';
import type { CheckInForm } from '@/features/progress/api/get-check-in-forms';
import { useSaveCheckInForm, type CheckInFormInput } from '@/features/progress/api/save-check-in-form';
import { QUESTION_KINDS, type QuestionKind } from '@/features/progress/components/checkins/check-in-words';
import { Button } from '@/components/ui/button';
import { Checkbox, InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ApiError, errorMessage } from '@/lib/api-error';

type Draft = { id: string; key?: string; kind: QuestionKind; label: string; required: boolean; help: string; options: string[]; min: string; max: string };

let nextDraftId = 1;
const newQuestion = (kind: QuestionKind = 'scale'): Draft => ({ id: `new-${nextDraftId++}`, kind, label: '', required: false, help: '', options: kind === 'choice' ? ['', ''] : [], min: '', max: '' });

function fromForm(form?: CheckInForm): Draft[] {
  if (!form) return [newQuestion()];
  return form.questions.map((question) => ({
    id: question.key,
    key: question.key,
    kind: question.kind as QuestionKind,
    label: question.label,
    required: question.required,
    help: question.help ?? '',
    options: question.options ?? [],
    min: question.min != null ? String(question.min) : '',
    max: question.max != null ? String(question.max) : '',
  }));
}

function toInput(name: string, drafts: Draft[]): CheckInFormInput {
  return {
    name,
    questions: drafts.map((draft) => ({
      ...(draft.key ? { key: draft.key } : {}),
      kind: draft.kind,
      label: draft.label,
      required: draft.required,
      help: draft.help || null,
      ...(draft.kind === 'choice' ? { options: draft.options.filter((option) => option.trim()) } : {}),
      ...(draft.kind === 'number' ? { min: draft.min === '' ? null : Number(draft.min), max: draft.max === '' ? null : Number(draft.max) } : {}),
    })),
  };
}

/** Build or change a check-in form: questions added, reordered and removed; choice options; bounds for numbers. */
export function CheckInFormBuilder({ form, onSaved }: { form?: CheckInForm; onSaved: (form: CheckInForm) => void }) {
  const save = useSaveCheckInForm();
  const [name, setName] = useState(form?.name ?? '');
  const [drafts, setDrafts] = useState<Draft[]>(() => fromForm(form));
  const change = (id: string, patch: Partial<Draft>) => setDrafts((current) => current.map((draft) => (draft.id === id ? { ...draft, ...patch } : draft)));
  const move = (index: number, by: number) =>
    setDrafts((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      next.splice(index + by, 0, moved);
      return next;
    });
  const error = save.error instanceof ApiError ? save.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ formId: form?.id, input: toInput(name, drafts) }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-5" aria-label="Check-in form">
      <FormAlert message={save.error ? (error?.fieldError('questions') ?? errorMessage(save.error)) : undefined} />
      <InputField label="Form name" value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} placeholder="Weekly check-in" error={error?.fieldError('name')} />
      <ol className="flex flex-col gap-4" aria-label="Questions">
        {drafts.map((draft, index) => (
          <li key={draft.id} className="rounded-xl border border-border p-4" data-testid="question-editor">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">Question {index + 1}</h3>
              <div className="flex gap-1">
                <Button variant="ghost" aria-label={`Move question ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </Button>
                <Button variant="ghost" aria-label={`Move question ${index + 1} down`} disabled={index === drafts.length - 1} onClick={() => move(index, 1)}>
                  ↓
                </Button>
                <Button variant="ghost" aria-label={`Remove question ${index + 1}`} disabled={drafts.length === 1} onClick={() => setDrafts((current) => current.filter((item) => item.id !== draft.id))}>
                  Remove
                </Button>
              </div>
            </div>
            <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
              <InputField label="Question" value={draft.label} onChange={(event) => change(draft.id, { label: event.target.value })} required maxLength={200} />
              <SelectField
                label="Answer"
                value={draft.kind}
                onChange={(event) => {
                  const kind = event.target.value as QuestionKind;
                  change(draft.id, { kind, options: kind === 'choice' && draft.options.length < 2 ? ['', ''] : draft.options });
                }}
              >
                {QUESTION_KINDS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </SelectField>
            </div>
            <InputField wrapperClassName="mt-3" label="Help text (optional)" value={draft.help} onChange={(event) => change(draft.id, { help: event.target.value })} maxLength={300} />
            {draft.kind === 'choice' ? (
              <fieldset className="mt-3 flex flex-col gap-2">
                <legend className="mb-1 text-sm font-medium">Options</legend>
                {draft.options.map((option, optionIndex) => (
                  <div key={optionIndex} className="flex gap-2">
                    <InputField
                      wrapperClassName="flex-1"
                      label={`Option ${optionIndex + 1}`}
                      value={option}
                      maxLength={80}
                      onChange={(event) => change(draft.id, { options: draft.options.map((item, at) => (at === optionIndex ? event.target.value : item)) })}
                    />
                    <Button variant="ghost" className="self-end" aria-label={`Remove option ${optionIndex + 1}`} disabled={draft.options.length <= 2} onClick={() => change(draft.id, { options: draft.options.filter((_, at) => at !== optionIndex) })}>
                      ✕
                    </Button>
                  </div>
                ))}
                <Button variant="secondary" className="self-start" disabled={draft.options.length >= 20} onClick={() => change(draft.id, { options: [...draft.options, ''] })}>
                  Add option
                </Button>
              </fieldset>
            ) : null}
            {draft.kind === 'number' ? (
              <div className="mt-3 grid grid-cols-2 gap-3">
                <InputField label="Lowest (optional)" inputMode="decimal" value={draft.min} onChange={(event) => change(draft.id, { min: event.target.value })} />
                <InputField label="Highest (optional)" inputMode="decimal" value={draft.max} onChange={(event) => change(draft.id, { max: event.target.value })} />
              </div>
            ) : null}
            <div className="mt-3">
              <Checkbox label="The client must answer" checked={draft.required} onChange={(event) => change(draft.id, { required: event.target.checked })} />
            </div>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap justify-between gap-2">
        <Button variant="secondary" disabled={drafts.length >= 40} onClick={() => setDrafts((current) => [...current, newQuestion()])}>
          Add question
        </Button>
        <Button type="submit" loading={save.isPending}>
          {form ? 'Save form' : 'Create form'}
        </Button>
      </div>
    </form>
  );
}
