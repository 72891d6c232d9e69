import { useState, type FormEvent } from 'react';
import type { Me } from '@/features/auth/api/get-me';
import { useUpdateMe } from '@/features/auth/api/update-me';
import { TimeZonePicker } from '@/features/settings/components/time-zone-picker';
import { deviceTimeZone, zoneLabel } from '@/features/settings/components/time-zones';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

/** The zone the app shows and reads times in for this person: their own, or the studio's. */
export function TimeZoneSettings({ me }: { me: Me }) {
  const toast = useToast();
  const update = useUpdateMe();
  const studioZone = me.organization?.timezone ?? me.timezone;
  const device = deviceTimeZone();
  const [own, setOwn] = useState(me.timezone_is_own);
  const [zone, setZone] = useState(me.timezone_is_own ? me.timezone : device);
  const [error, setError] = useState<string>();
  const changed = own !== me.timezone_is_own || (own && zone !== me.timezone);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (own && !zone) {
      setError('Choose a time zone.');
      return;
    }
    setError(undefined);
    update.mutate(
      { timezone: own ? zone : null },
      {
        onSuccess: (updated) => toast.success(`Times are now shown in ${zoneLabel(updated.timezone)}.`),
        onError: (failure) => setError(serverFieldErrors(failure).timezone),
      },
    );
  }

  return (
    <Card>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">Your time zone</h2>
        <p className="text-sm text-muted" data-testid="time-zone-in-use">
          Times are shown to you in <strong className="font-medium text-foreground">{zoneLabel(me.timezone)}</strong>,{' '}
          {me.timezone_is_own ? 'your own choice' : 'the studio\u2019s time zone'}.
        </p>
        <FormAlert message={error ? undefined : formErrorMessage(update.error)} />
        <fieldset className="flex flex-col gap-1">
          <legend className="sr-only">Which time zone</legend>
          <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
            <input type="radio" name="timezone-mode" className="size-5 accent-[var(--primary)]" checked={!own} onChange={() => setOwn(false)} />
            Follow the studio&rsquo;s time zone ({zoneLabel(studioZone)})
          </label>
          <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
            <input type="radio" name="timezone-mode" className="size-5 accent-[var(--primary)]" checked={own} onChange={() => setOwn(true)} />
            Use a time zone of my own
          </label>
        </fieldset>
        {own ? (
          <>
            <TimeZonePicker label="Time zone" value={zone} onChange={setZone} error={error} />
            {device && device !== zone ? (
              <Button variant="ghost" className="self-start px-2 text-primary-text" onClick={() => setZone(device)}>
                Use this device&rsquo;s zone ({zoneLabel(device)})
              </Button>
            ) : null}
          </>
        ) : null}
        <div className="flex justify-end">
          <Button type="submit" loading={update.isPending} disabled={!changed}>
            Save time zone
          </Button>
        </div>
      </form>
    </Card>
  );
}
