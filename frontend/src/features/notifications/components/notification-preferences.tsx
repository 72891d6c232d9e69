import { useState, type FormEvent } from 'react';
import { useNotificationPreferences, type NotificationPreference } from '@/features/notifications/api/get-notification-preferences';
import { useUpdateNotificationPreferences } from '@/features/notifications/api/update-notification-preferences';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage } from '@/lib/form';

/** Which emails the signed-in person receives; invitations, password links and security notices always arrive. */
export function NotificationPreferences() {
  const preferences = useNotificationPreferences();
  return (
    <Card>
      <h2 id="notification-preferences-heading" className="text-base font-semibold">
        Email notifications
      </h2>
      <p className="mt-1 text-sm text-muted">What the studio emails you. Invitations, password links and security notices always arrive.</p>
      {preferences.isPending ? (
        <Spinner label="Loading your notifications…" />
      ) : preferences.isError ? (
        <ErrorState error={preferences.error} onRetry={() => preferences.refetch()} />
      ) : (
        <PreferencesForm key={preferences.data.map((row) => `${row.topic}:${row.email}`).join()} saved={preferences.data} />
      )}
    </Card>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPreference[] }) {
  const toast = useToast();
  const update = useUpdateNotificationPreferences();
  const [chosen, setChosen] = useState(() => Object.fromEntries(saved.map((row) => [row.topic, row.email])));
  const changed = saved.filter((row) => chosen[row.topic] !== row.email);

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate(
      { preferences: changed.map((row) => ({ topic: row.topic, email: chosen[row.topic] })) },
      {
        onSuccess: (now) => {
          const off = now.filter((row) => !row.email).length;
          toast.success(off ? `Saved: ${off} of ${now.length} kinds of email turned off.` : 'Saved: you receive every kind of email.');
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-3" aria-labelledby="notification-preferences-heading">
      <FormAlert message={formErrorMessage(update.error)} />
      <fieldset className="flex flex-col gap-1">
        <legend className="sr-only">Email me about</legend>
        {saved.map((row) => (
          <label key={row.topic} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
            <input
              type="checkbox"
              className="size-5 shrink-0 accent-[var(--primary)]"
              checked={chosen[row.topic] ?? row.email}
              onChange={(event) => setChosen({ ...chosen, [row.topic]: event.target.checked })}
            />
            {row.label}
          </label>
        ))}
      </fieldset>
      <div className="flex justify-end">
        <Button type="submit" loading={update.isPending} disabled={changed.length === 0}>
          Save notifications
        </Button>
      </div>
    </form>
  );
}
