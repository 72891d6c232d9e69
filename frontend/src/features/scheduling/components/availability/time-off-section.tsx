import { useState, type FormEvent } from 'react';
import { useCreateTimeOff } from '@/features/scheduling/api/create-time-off';
import { useDeleteTimeOff } from '@/features/scheduling/api/delete-time-off';
import { useUpcomingTimeOff, type TimeOff } from '@/features/scheduling/api/get-time-off';
import { formatInZone, zonedDay, zonedInputToIso, zoneName } from '@/features/scheduling/components/availability/zoned-time';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formErrorMessage, serverFieldErrors, type FormErrors } from '@/lib/form';

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** "Mon, Mar 4, 2030, 9:00 AM – 5:00 PM", or both dates when it spans days; in the viewer's zone. */
export function formatTimeOff(item: Pick<TimeOff, 'starts_at' | 'ends_at'>, timeZone: string): string {
  const start = `${formatInZone(item.starts_at, timeZone, DAY)}, ${formatInZone(item.starts_at, timeZone, TIME)}`;
  const sameDay = zonedDay(item.starts_at, timeZone) === zonedDay(item.ends_at, timeZone);
  const end = sameDay ? formatInZone(item.ends_at, timeZone, TIME) : `${formatInZone(item.ends_at, timeZone, DAY)}, ${formatInZone(item.ends_at, timeZone, TIME)}`;
  return `${start} – ${end}`;
}

/** Holidays and appointments: no booking inside them without an owner or admin override. */
export function TimeOffSection({ trainerId, timeZone }: { trainerId: number; timeZone: string }) {
  const toast = useToast();
  const timeOff = useUpcomingTimeOff(trainerId);
  const remove = useDeleteTimeOff();

  return (
    <Card>
      <h2 className="text-base font-semibold">Time off</h2>
      <p className="mt-1 text-sm text-muted">Nobody can book the trainer during time off, except owners and admins. Sessions already booked stay.</p>
      {timeOff.isPending ? (
        <Spinner label="Loading time off…" />
      ) : timeOff.isError ? (
        <ErrorState error={timeOff.error} onRetry={() => timeOff.refetch()} />
      ) : timeOff.data.items.length === 0 ? (
        <p className="mt-3 text-sm text-muted">No time off coming up. Add holidays or a day off below so nobody books them by mistake.</p>
      ) : (
        <ul className="mt-3 divide-y divide-border" aria-label="Upcoming time off">
          {timeOff.data.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-2 py-2">
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium">{formatTimeOff(item, timeZone)}</p>
                {item.reason ? <p className="text-sm text-muted">{item.reason}</p> : null}
              </div>
              <Button
                variant="danger"
                aria-label={`Remove time off ${formatTimeOff(item, timeZone)}`}
                loading={remove.isPending && remove.variables === item.id}
                onClick={() => remove.mutate(item.id, { onSuccess: () => toast.success('Time off removed.'), onError: (error) => toast.error(errorMessage(error)) })}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {timeOff.data && timeOff.data.total > timeOff.data.items.length ? (
        <p className="mt-2 text-sm text-muted">Showing the next {timeOff.data.items.length} of {timeOff.data.total}.</p>
      ) : null}
      <AddTimeOff trainerId={trainerId} timeZone={timeZone} />
    </Card>
  );
}

function AddTimeOff({ trainerId, timeZone }: { trainerId: number; timeZone: string }) {
  const toast = useToast();
  const create = useCreateTimeOff();
  const [values, setValues] = useState({ starts_at: '', ends_at: '', reason: '' });
  const [errors, setErrors] = useState<FormErrors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const startsAt = zonedInputToIso(values.starts_at, timeZone);
    const endsAt = zonedInputToIso(values.ends_at, timeZone);
    const found: FormErrors = {
      starts_at: startsAt ? undefined : 'Enter when it starts.',
      ends_at: !endsAt ? 'Enter when it ends.' : startsAt && new Date(endsAt) <= new Date(startsAt) ? 'The end must be after the start.' : undefined,
    };
    setErrors(found);
    if (!startsAt || !endsAt || found.ends_at) return;
    create.mutate(
      { trainerId, body: { starts_at: startsAt, ends_at: endsAt, reason: values.reason.trim() || null } },
      {
        onSuccess: () => {
          toast.success('Time off added.');
          setValues({ starts_at: '', ends_at: '', reason: '' });
        },
        onError: (error) => setErrors(serverFieldErrors(error)),
      },
    );
  }

  const field = (name: keyof typeof values) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.target.value }),
  });

  return (
    <form onSubmit={submit} noValidate className="mt-4 flex flex-col gap-3 border-t border-border pt-4">
      <h3 className="text-sm font-semibold">Add time off</h3>
      <FormAlert message={formErrorMessage(create.error)} />
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField label="Starts" type="datetime-local" {...field('starts_at')} />
        <InputField label="Ends" type="datetime-local" {...field('ends_at')} />
        <InputField label="Reason (optional)" maxLength={200} wrapperClassName="sm:col-span-2" {...field('reason')} />
      </div>
      <p className="text-sm text-muted">Dates and times are in your time zone, {zoneName(timeZone)}.</p>
      <div className="flex justify-end">
        <Button type="submit" loading={create.isPending}>
          Add time off
        </Button>
      </div>
    </form>
  );
}
