import { DateTime } from 'luxon';
import { useState, type FormEvent } from 'react';
import { useCreditShortfalls } from '@/features/billing/queries';
import type { Session } from '@/features/scheduling/api/get-sessions';
import { ClientPicker } from '@/features/scheduling/components/booking/client-picker';
import { FreeSlotsPicker } from '@/features/scheduling/components/booking/free-slots-picker';
import { RepeatFields } from '@/features/scheduling/components/booking/repeat-fields';
import {
  checkBooking,
  durationMinutes,
  KINDS,
  sessionTimes,
  toBookingRequest,
  valuesForDraft,
  valuesForSession,
  type BookingDraft,
  type BookingRequest,
  type BookingValues,
} from '@/features/scheduling/components/booking/booking-values';
import { weekdayCode } from '@/features/scheduling/lib/recurrence-rule';
import { ScopeChoice } from '@/features/scheduling/components/calendar/scope-choice';
import { ConflictHelp } from '@/features/scheduling/components/conflict/conflict-help';
import type { SuggestedTime } from '@/features/scheduling/lib/conflict-details';
import { Button } from '@/components/ui/button';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';
import { ApiError } from '@/lib/api-error';
import { formErrorMessage, hasErrors, serverFieldErrors, type FormErrors } from '@/lib/form';
import { humanize } from '@/lib/format';

export type TrainerOption = { id: number; name: string };

type BookingFormProps = {
  zone: string;
  /** Owners and admins may book outside working hours; trainers may not. */
  canOverride: boolean;
  trainers: TrainerOption[];
  /** A trainer books only on their own calendar, so the choice is not offered. */
  trainerFixed: boolean;
  draft?: BookingDraft;
  session?: Session;
  /** Whether the user may open a session of this trainer, for the link to a session in the way. */
  canOpenSession?: (trainerId: number) => boolean;
  submit: (request: BookingRequest) => Promise<unknown>;
  onDone: (request: BookingRequest) => void;
  onCancel: () => void;
};

type FailureAlertProps = {
  failure: unknown;
  canOverride: boolean;
  editing: boolean;
  pending: boolean;
  zone: string;
  canOpenSession: (trainerId: number) => boolean;
  onOverride: () => void;
  onPick: (time: SuggestedTime) => void;
};

function FailureAlert({ failure, canOverride, editing, pending, zone, canOpenSession, onOverride, onPick }: FailureAlertProps) {
  if (!failure) return null;
  const code = failure instanceof ApiError ? failure.code : null;
  if (code === 'booking_conflict' || code === 'outside_working_hours') {
    return (
      <div role="alert" data-testid="booking-error" className="flex flex-col gap-2 rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
        <p className="font-semibold">{code === 'booking_conflict' ? 'That time is already taken.' : 'Outside working hours.'}</p>
        <p>{(failure as ApiError).message}</p>
        <ConflictHelp error={failure} zone={zone} canOpen={canOpenSession} verb={editing ? 'Move to' : 'Book'} pending={pending} onPick={onPick} />
        {code === 'outside_working_hours' && canOverride ? (
          <Button variant="danger" className="self-start" loading={pending} onClick={onOverride}>
            {editing ? 'Save anyway (outside working hours)' : 'Book anyway (outside working hours)'}
          </Button>
        ) : null}
      </div>
    );
  }
  return (
    <div role="alert" data-testid="booking-error" className="rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
      {formErrorMessage(failure)}
    </div>
  );
}

/** Book a session or a series, or edit one: quick by default, details one click away. */
const noSession = () => false;

export function BookingForm({ zone, canOverride, trainers, trainerFixed, draft, session, canOpenSession = noSession, submit, onDone, onCancel }: BookingFormProps) {
  const editing = !!session;
  const [values, setValues] = useState<BookingValues>(() => (session ? valuesForSession(session, zone) : valuesForDraft(draft!)));
  // Billing: who has no credit for this kind of session, said before booking (issue 12).
  const creditNotes = useCreditShortfalls(values.clients, values.kind);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const change = (changes: Partial<BookingValues>) => setValues((current) => ({ ...current, ...changes }));
  const duration = durationMinutes(values, zone);
  const trainerName = trainers.find((trainer) => String(trainer.id) === values.trainerId)?.name ?? session?.trainer_name ?? '';

  function changeDate(date: string) {
    const oldDay = values.date ? weekdayCode(DateTime.fromISO(values.date).weekday) : null;
    const newDay = date ? weekdayCode(DateTime.fromISO(date).weekday) : null;
    // Until someone picks weekdays, a weekly repeat follows the day of the first session.
    const followDay = newDay && values.weekdays.length === 1 && values.weekdays[0] === oldDay;
    change({ date, ...(followDay ? { weekdays: [newDay] } : {}) });
  }

  async function send(override: boolean, current: BookingValues = values) {
    const found = checkBooking(current, { editing });
    setErrors(found);
    if (hasErrors(found)) {
      setFailure(null);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-booking-form] [aria-invalid="true"]')?.focus());
      return;
    }
    const request = toBookingRequest(current, { zone, session, override });
    if (request.action === 'update' && Object.keys(request.changes).every((key) => key === 'scope')) {
      onDone(request);
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      await submit(request);
      onDone(request);
    } catch (error) {
      setFailure(error);
      setErrors(serverFieldErrors(error));
      // The reason (and any suggested times) sits under the form: bring it into view.
      requestAnimationFrame(() => document.querySelector('[data-booking-form] [data-testid="booking-error"]')?.scrollIntoView?.({ block: 'nearest' }));
    } finally {
      setPending(false);
    }
  }

  /** A suggested free time: it fills the times and books (or saves) at once. */
  function pick(time: SuggestedTime) {
    const start = DateTime.fromISO(time.startsAt, { zone });
    const end = DateTime.fromISO(time.endsAt, { zone });
    const next = { ...values, date: start.toISODate()!, start: start.toFormat('HH:mm'), end: end.toFormat('HH:mm') };
    setValues(next);
    void send(false, next);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send(false);
  }

  const text = (name: 'title' | 'location' | 'onlineUrl' | 'notes' | 'price') => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change({ [name]: event.target.value }),
  });
  const hasDetails = !!(values.title || values.location || values.onlineUrl || values.notes || values.price);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-1 flex-col gap-4" data-booking-form aria-label={editing ? 'Edit session' : 'Book a session'}>
      <div className="grid gap-4 sm:grid-cols-2">
        {trainerFixed || editing ? (
          <div className="flex flex-col gap-1.5">
            <span className="text-sm font-medium">Trainer</span>
            <span className="flex min-h-11 items-center text-sm">{trainerName}</span>
          </div>
        ) : (
          <SelectField label="Trainer" value={values.trainerId} error={errors.trainer_id} onChange={(event) => change({ trainerId: event.target.value })}>
            <option value="">Choose a trainer</option>
            {trainers.map((trainer) => (
              <option key={trainer.id} value={trainer.id}>
                {trainer.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label="Kind" value={values.kind} error={errors.kind} onChange={(event) => change({ kind: event.target.value as BookingValues['kind'] })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {humanize(kind)}
            </option>
          ))}
        </SelectField>
      </div>

      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <div className="flex min-w-0 flex-col gap-2">
          <ClientPicker chosen={values.clients} multiple={values.kind !== 'personal'} error={errors.client_ids} onChange={(clients) => change({ clients })} />
          {creditNotes.map((note) => (
            <p key={note} className="text-sm text-warning" data-testid="credit-note">
              {note}
            </p>
          ))}
        </div>
        {values.kind === 'group' ? (
          <InputField label="Capacity" type="number" min={1} max={500} inputMode="numeric" value={values.capacity} error={errors.capacity} onChange={(event) => change({ capacity: event.target.value })} />
        ) : null}
      </div>

      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[1.4fr_1fr_1fr]">
        <InputField label="Day" type="date" wrapperClassName="col-span-2 sm:col-span-1" value={values.date} error={errors.starts_at && !values.date ? errors.starts_at : undefined} onChange={(event) => changeDate(event.target.value)} />
        <InputField label="Start" type="time" step={300} value={values.start} error={values.date ? errors.starts_at : undefined} onChange={(event) => change({ start: event.target.value })} />
        <InputField label="End" type="time" step={300} value={values.end} error={errors.ends_at} onChange={(event) => change({ end: event.target.value })} />
      </div>

      <FreeSlotsPicker
        trainerId={values.trainerId ? Number(values.trainerId) : null}
        day={values.date}
        duration={duration}
        zone={zone}
        clientIds={values.clients.map((client) => client.id)}
        selectedStart={sessionTimes(values, zone).start.isValid ? sessionTimes(values, zone).start.toMillis() : null}
        onPick={({ start, end }) => change({ date: start.toISODate()!, start: start.toFormat('HH:mm'), end: end.toFormat('HH:mm') })}
      />

      {editing ? (
        session.series_id ? <ScopeChoice value={values.scope} onChange={(scope) => change({ scope })} legend="Apply the changes to" /> : null
      ) : (
        <RepeatFields values={values} error={errors.rrule} onChange={change} />
      )}

      <details className="rounded-lg border border-border p-3" open={hasDetails || undefined}>
        <summary className="min-h-8 cursor-pointer text-sm font-medium">Title, place, link, price and notes</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <InputField label="Title" maxLength={120} error={errors.title} {...text('title')} />
          <InputField label="Location" maxLength={200} error={errors.location} {...text('location')} />
          <InputField label="Online link" type="url" placeholder="https://" error={errors.online_url} {...text('onlineUrl')} />
          <InputField label="Price" inputMode="decimal" placeholder="65.00" error={errors.price} {...text('price')} />
          <TextareaField label="Notes" maxLength={4000} wrapperClassName="sm:col-span-2" error={errors.notes} {...text('notes')} />
        </div>
      </details>

      <FailureAlert
        failure={failure}
        canOverride={canOverride}
        editing={editing}
        pending={pending}
        zone={zone}
        canOpenSession={canOpenSession}
        onOverride={() => void send(true)}
        onPick={pick}
      />
      <div className="sticky bottom-0 -mx-5 mt-auto flex flex-wrap justify-end gap-2 border-t border-border bg-surface px-5 py-3">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          {editing ? 'Save changes' : values.repeat === 'weekly' ? 'Book series' : 'Book session'}
        </Button>
      </div>
    </form>
  );
}
