import { useState, type FormEvent } from 'react';
import { useWorkingHours, type WorkingHours } from '@/features/scheduling/api/get-working-hours';
import { useUpdateWorkingHours } from '@/features/scheduling/api/update-working-hours';
import {
  newDraftKey,
  nextInterval,
  sameWeek,
  sortDrafts,
  toDrafts,
  toIntervals,
  validateWeek,
  WEEKDAYS,
  type DraftInterval,
} from '@/features/scheduling/components/availability/working-hours';
import { zoneName } from '@/features/scheduling/components/availability/zoned-time';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { controlClass } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage } from '@/lib/form';

/** A trainer's weekly hours: what the booking checks and the free-slot search use. */
export function WorkingHoursEditor({ trainerId, viewerTimeZone }: { trainerId: number; viewerTimeZone: string }) {
  const hours = useWorkingHours(trainerId);
  return (
    <Card>
      <h2 className="text-base font-semibold">Working hours</h2>
      {hours.isPending ? (
        <Spinner label="Loading working hours…" />
      ) : hours.isError ? (
        <ErrorState error={hours.error} onRetry={() => hours.refetch()} />
      ) : (
        // Remounted when the server's week changes, so the form starts from what was saved.
        <WeekForm key={JSON.stringify(hours.data.intervals)} trainerId={trainerId} hours={hours.data} viewerTimeZone={viewerTimeZone} />
      )}
    </Card>
  );
}

function WeekForm({ trainerId, hours, viewerTimeZone }: { trainerId: number; hours: WorkingHours; viewerTimeZone: string }) {
  const toast = useToast();
  const update = useUpdateWorkingHours();
  const [saved] = useState(() => toDrafts(hours.intervals));
  const [drafts, setDrafts] = useState(saved);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const dirty = !sameWeek(saved, drafts);

  const change = (key: string, patch: Partial<DraftInterval>) => {
    setDrafts((all) => all.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)));
    setErrors((all) => ({ ...all, [key]: undefined }));
  };
  const add = (weekday: number) => {
    const last = drafts.filter((draft) => draft.weekday === weekday).at(-1);
    setDrafts((all) => sortDrafts([...all, { key: newDraftKey(), weekday, ...nextInterval(last) }]));
  };
  const remove = (key: string) => setDrafts((all) => all.filter((draft) => draft.key !== key));
  // Most trainers work the same hours Monday to Friday: set Monday, then copy it.
  const copyMondayToWeekdays = () => {
    const monday = drafts.filter((draft) => draft.weekday === 0);
    const weekend = drafts.filter((draft) => draft.weekday > 4);
    const copies = [1, 2, 3, 4].flatMap((weekday) => monday.map((draft) => ({ ...draft, key: newDraftKey(), weekday })));
    setDrafts(sortDrafts([...monday, ...copies, ...weekend]));
    setErrors({});
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateWeek(drafts);
    setErrors(found);
    if (Object.keys(found).length) {
      document.querySelector<HTMLElement>('[data-working-hours] [aria-invalid="true"]')?.focus();
      return;
    }
    update.mutate({ trainerId, intervals: toIntervals(drafts) }, { onSuccess: () => toast.success('Working hours saved.') });
  }

  return (
    <form onSubmit={submit} noValidate data-working-hours className="mt-1 flex flex-col gap-3">
      <p className="text-sm text-muted">
        Times are in the studio&rsquo;s time zone, <strong className="font-medium text-foreground">{zoneName(hours.timezone)}</strong>
        {hours.timezone !== viewerTimeZone ? ` (yours is ${zoneName(viewerTimeZone)})` : ''}. Bookings outside these hours need an owner or admin.
        {drafts.length === 0 ? ' With no hours at all the trainer can be booked at any time.' : ''}
      </p>
      <FormAlert message={formErrorMessage(update.error)} />
      <ul className="divide-y divide-border rounded-lg border border-border">
        {WEEKDAYS.map((day, weekday) => {
          const rows = drafts.filter((draft) => draft.weekday === weekday);
          return (
            <li key={day} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-start sm:gap-3">
              <div className="flex min-h-11 items-center justify-between sm:w-24 sm:shrink-0">
                <h3 className="text-sm font-semibold">{day}</h3>
                {rows.length === 0 ? <span className="text-sm text-muted sm:hidden">Off</span> : null}
              </div>
              <div className="flex min-w-0 flex-1 flex-col gap-2">
                {rows.length === 0 ? <p className="hidden min-h-11 items-center text-sm text-muted sm:flex">Off</p> : null}
                {rows.map((draft, index) => (
                  <div key={draft.key}>
                    <div className="flex items-center gap-1.5">
                      <input
                        type="time"
                        aria-label={`${day} start${rows.length > 1 ? ` ${index + 1}` : ''}`}
                        aria-invalid={!!errors[draft.key]}
                        className={`${controlClass} w-0 min-w-0 flex-1 px-2 sm:max-w-36`}
                        value={draft.start}
                        onChange={(event) => change(draft.key, { start: event.target.value })}
                      />
                      <span aria-hidden className="text-muted">
                        –
                      </span>
                      <input
                        type="time"
                        aria-label={`${day} end${rows.length > 1 ? ` ${index + 1}` : ''}`}
                        aria-invalid={!!errors[draft.key]}
                        className={`${controlClass} w-0 min-w-0 flex-1 px-2 sm:max-w-36`}
                        value={draft.end}
                        onChange={(event) => change(draft.key, { end: event.target.value })}
                      />
                      <Button variant="ghost" className="shrink-0 px-0 text-muted" aria-label={`Remove ${day} ${draft.start || 'interval'}–${draft.end}`} onClick={() => remove(draft.key)}>
                        ✕
                      </Button>
                    </div>
                    {errors[draft.key] ? (
                      <p className="mt-1 text-sm text-danger" role="alert">
                        {errors[draft.key]}
                      </p>
                    ) : null}
                  </div>
                ))}
              </div>
              <Button variant="ghost" className="self-start px-2 text-primary-text sm:shrink-0" onClick={() => add(weekday)} aria-label={`Add hours on ${day}`}>
                + Add
              </Button>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap justify-end gap-2">
        {drafts.some((draft) => draft.weekday === 0) ? (
          <Button variant="ghost" className="mr-auto px-2 text-primary-text" onClick={copyMondayToWeekdays}>
            Copy Monday to Tue–Fri
          </Button>
        ) : null}
        {dirty ? (
          <Button
            variant="secondary"
            onClick={() => {
              setDrafts(saved);
              setErrors({});
            }}
          >
            Discard changes
          </Button>
        ) : null}
        <Button type="submit" loading={update.isPending} disabled={!dirty}>
          Save working hours
        </Button>
      </div>
    </form>
  );
}
