import { useState, type FormEvent } from 'react';
import { useAssignCheckIn } from '@/features/progress/api/assign-check-in';
import { useCheckInDue, type CheckInAssignment } from '@/features/progress/api/get-check-in-due';
import { useCheckInForms } from '@/features/progress/api/get-check-in-forms';
import { useClientCheckIns } from '@/features/progress/api/get-client-check-ins';
import { CheckInReview } from '@/features/progress/components/checkins/check-in-review';
import { dueDay, shortDate, WEEKDAYS } from '@/features/progress/components/checkins/check-in-words';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { SidePanel } from '@/components/ui/side-panel';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

function AssignForm({ clientId, current, onDone }: { clientId: number; current?: { form_id: number; weekday: number }; onDone: () => void }) {
  const forms = useCheckInForms();
  const assign = useAssignCheckIn();
  const [formId, setFormId] = useState(current ? String(current.form_id) : '');
  const [weekday, setWeekday] = useState(String(current?.weekday ?? 7));
  const [startsOn, setStartsOn] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate({ clientId, input: { form_id: Number(formId), weekday: Number(weekday), ...(startsOn ? { starts_on: startsOn } : {}) } }, { onSuccess: onDone });
  };
  if (forms.data && forms.data.items.length === 0) {
    return <EmptyState compact title="No check-in forms yet">Build a form under Check-ins → Forms first.</EmptyState>;
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label="Weekly check-in">
      <FormAlert message={assign.error ? errorMessage(assign.error) : undefined} />
      <SelectField label="Form" value={formId} onChange={(event) => setFormId(event.target.value)} required>
        <option value="">Choose a form…</option>
        {forms.data?.items.map((form) => (
          <option key={form.id} value={form.id}>
            {form.name} ({form.question_count} {form.question_count === 1 ? 'question' : 'questions'})
          </option>
        ))}
      </SelectField>
      <SelectField label="Due every" value={weekday} onChange={(event) => setWeekday(event.target.value)}>
        {WEEKDAYS.map((name, index) => (
          <option key={name} value={index + 1}>
            {name}
          </option>
        ))}
      </SelectField>
      <InputField label="From" type="date" value={startsOn} onChange={(event) => setStartsOn(event.target.value)} hint="This week when left empty." />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={assign.isPending}>
          {current ? 'Change check-in' : 'Start weekly check-in'}
        </Button>
      </div>
    </form>
  );
}

/** The staff client page's check-ins: the weekly form and its day, overdue weeks, and what the client sent. */
export function ClientCheckInsSection({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  const due = useCheckInDue(clientId);
  const sent = useClientCheckIns(clientId);
  const end = useAssignCheckIn();
  const toast = useToast();
  const [assigning, setAssigning] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  // The schema allows an empty object for "none"; the API sends null.
  const assignment = (due.data?.assignment ?? null) as CheckInAssignment | null;

  return (
    <Card aria-labelledby="client-check-ins-title">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="client-check-ins-title" className="text-lg font-semibold">
            Check-ins
          </h2>
          <p className="text-sm text-muted" data-testid="check-in-assignment">
            {due.isPending
              ? 'Loading…'
              : assignment
                ? `${assignment.form_name}, due every ${assignment.weekday_name}${timeZone ? ` (${timeZone.replace(/_/g, ' ')})` : ''}.`
                : 'No weekly check-in yet.'}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant={assignment ? 'secondary' : 'primary'} onClick={() => setAssigning(true)}>
            {assignment ? 'Change' : 'Assign weekly check-in'}
          </Button>
          {assignment ? (
            <Button variant="ghost" loading={end.isPending} onClick={() => end.mutate({ clientId, end: true }, { onSuccess: () => toast.success('Weekly check-in stopped.'), onError: (error) => toast.error(errorMessage(error)) })}>
              Stop
            </Button>
          ) : null}
        </div>
      </div>
      {due.data && due.data.overdue_count > 0 ? (
        <p className="mb-4 rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-danger" role="status">
          {due.data.overdue_count === 1 ? '1 check-in is overdue' : `${due.data.overdue_count} check-ins are overdue`}: the last was due {dueDay(due.data.overdue[0])}.
        </p>
      ) : null}
      {due.data?.next_due ? <p className="mb-4 text-sm">Next due {dueDay(due.data.next_due.due_on)}{due.data.next_due.submission_id ? ' (already sent)' : ''}.</p> : null}
      <h3 className="mb-2 font-semibold">Sent check-ins</h3>
      {sent.isPending ? (
        <Spinner label="Loading check-ins…" />
      ) : sent.isError ? (
        <ErrorState error={sent.error} onRetry={() => sent.refetch()} />
      ) : sent.data.items.length === 0 ? (
        <EmptyState compact title="Nothing sent yet">The client's answers show up here each week.</EmptyState>
      ) : (
        <ul className="divide-y divide-border" aria-label="Sent check-ins">
          {sent.data.items.map((item) => (
            <li key={item.id}>
              <button type="button" className="flex min-h-11 w-full flex-wrap items-center justify-between gap-2 py-2 text-left hover:bg-surface-muted" onClick={() => setOpen(item.id)}>
                <span>
                  <span className="font-medium">Week due {shortDate(item.due_on)}</span>
                  <span className="block text-sm text-muted">{item.form_name}</span>
                </span>
                <span className="flex flex-wrap gap-1.5">
                  {item.late ? <Badge tone="warning">Late</Badge> : null}
                  {item.replied ? <Badge>Replied</Badge> : null}
                  {item.reviewed_at ? <Badge tone="success">Reviewed</Badge> : <Badge tone="primary">To review</Badge>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <SidePanel open={assigning} onClose={() => setAssigning(false)} title="Weekly check-in">
        {assigning ? <AssignForm clientId={clientId} current={assignment ?? undefined} onDone={() => setAssigning(false)} /> : null}
      </SidePanel>
      <SidePanel open={open !== null} onClose={() => setOpen(null)} title="Check-in">
        {open !== null ? <CheckInReview submissionId={open} /> : null}
      </SidePanel>
    </Card>
  );
}
