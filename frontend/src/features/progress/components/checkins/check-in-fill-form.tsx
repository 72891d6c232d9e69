import { useState, type FormEvent, type ReactNode } from 'react';
import type { CheckInQuestion } from '@/features/progress/api/get-check-in-forms';
import { useSubmitCheckIn, type CheckInAnswerInput } from '@/features/progress/api/submit-check-in';
import type { CheckIn } from '@/features/progress/api/get-check-in';
import { CheckInPhotoInput } from '@/features/progress/components/checkins/check-in-photo-input';
import { Button } from '@/components/ui/button';
import { controlClass } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ApiError, errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';

type Draft = Record<string, { number?: string; text?: string; choice?: string; stored_file_id?: number }>;

function Question({ question, error, children }: { question: CheckInQuestion; error?: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-2" aria-invalid={!!error}>
      <legend className="mb-1 font-semibold">
        {question.label}
        {question.required ? <span className="text-danger"> *</span> : <span className="text-sm font-normal text-muted"> (optional)</span>}
      </legend>
      {question.help ? <p className="text-sm text-muted">{question.help}</p> : null}
      {children}
      {error ? (
        <p className="text-sm text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The client's weekly check-in on their phone: one big control per question, checked again by the server. */
export function CheckInFillForm({ clientId, dueOn, questions, onSent }: { clientId: number; dueOn: string; questions: CheckInQuestion[]; onSent: (checkIn: CheckIn) => void }) {
  const submit = useSubmitCheckIn();
  const [draft, setDraft] = useState<Draft>({});
  const set = (key: string, value: Draft[string]) => setDraft((current) => ({ ...current, [key]: value }));
  const errors = submit.error instanceof ApiError ? ((submit.error.details.answers ?? {}) as Record<string, string[]>) : {};

  const send = (event: FormEvent) => {
    event.preventDefault();
    const answers: CheckInAnswerInput[] = questions.flatMap((question) => {
      const value = draft[question.key];
      if (!value) return [];
      return [
        {
          key: question.key,
          ...(value.number !== undefined && value.number !== '' ? { number: Number(value.number) } : {}),
          ...(value.text ? { text: value.text } : {}),
          ...(value.choice ? { choice: value.choice } : {}),
          ...(value.stored_file_id ? { stored_file_id: value.stored_file_id } : {}),
        },
      ];
    });
    submit.mutate({ clientId, dueOn, answers }, { onSuccess: onSent });
  };

  return (
    <form onSubmit={send} className="flex flex-col gap-6" aria-label="Check-in">
      <FormAlert message={submit.error ? errorMessage(submit.error) : undefined} />
      {questions.map((question) => {
        const value = draft[question.key] ?? {};
        const error = errors[question.key]?.[0];
        const id = `answer-${question.key}`;
        return (
          <Question key={question.key} question={question} error={error}>
            {question.kind === 'scale' ? (
              <div className="grid grid-cols-5 gap-2" role="radiogroup" aria-label={question.label}>
                {Array.from({ length: 10 }, (_, index) => String(index + 1)).map((number) => (
                  <button
                    key={number}
                    type="button"
                    role="radio"
                    aria-checked={value.number === number}
                    className={cn('min-h-12 rounded-lg border text-lg font-semibold', value.number === number ? 'border-primary bg-primary text-primary-foreground' : 'border-border bg-surface hover:bg-surface-muted')}
                    onClick={() => set(question.key, { number })}
                  >
                    {number}
                  </button>
                ))}
              </div>
            ) : question.kind === 'number' ? (
              <input
                id={id}
                aria-label={question.label}
                className={cn(controlClass, 'min-h-12 text-lg')}
                inputMode="decimal"
                value={value.number ?? ''}
                onChange={(event) => set(question.key, { number: event.target.value })}
                placeholder={question.min != null && question.max != null ? `${question.min}–${question.max}` : undefined}
              />
            ) : question.kind === 'short_text' ? (
              <input id={id} aria-label={question.label} className={cn(controlClass, 'min-h-12')} maxLength={200} value={value.text ?? ''} onChange={(event) => set(question.key, { text: event.target.value })} />
            ) : question.kind === 'long_text' ? (
              <textarea id={id} aria-label={question.label} className={cn(controlClass, 'py-2')} rows={5} maxLength={5000} value={value.text ?? ''} onChange={(event) => set(question.key, { text: event.target.value })} />
            ) : question.kind === 'choice' ? (
              <div className="flex flex-col gap-2" role="radiogroup" aria-label={question.label}>
                {(question.options ?? []).map((option) => (
                  <label key={option} className={cn('flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border px-3', value.choice === option ? 'border-primary bg-primary-soft' : 'border-border')}>
                    <input type="radio" name={id} className="size-5" checked={value.choice === option} onChange={() => set(question.key, { choice: option })} />
                    {option}
                  </label>
                ))}
              </div>
            ) : (
              <CheckInPhotoInput clientId={clientId} label={question.label} onUploaded={(storedFileId) => set(question.key, { stored_file_id: storedFileId ?? undefined })} />
            )}
          </Question>
        );
      })}
      <Button type="submit" className="min-h-14 text-base" loading={submit.isPending}>
        Send check-in
      </Button>
    </form>
  );
}
