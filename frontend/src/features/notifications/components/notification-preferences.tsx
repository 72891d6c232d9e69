import { useState, type FormEvent } from 'react';
import { useNotificationPreferences, type NotificationPreference } from '@/features/notifications/api/get-notification-preferences';
import { useUpdateNotificationPreferences } from '@/features/notifications/api/update-notification-preferences';
import { changedPreferences, preferencesSaved, type Channel, type Choices } from '@/features/notifications/components/preference-choices';
import { browserCanPush } from '@/features/notifications/components/sms-words';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage } from '@/lib/form';

const CHANNEL_NAMES: Record<Channel, string> = { email: 'Email', sms: 'Text', push: 'Push' };

/** What the signed-in person hears about, and how: by email, by text (with a mobile number) and as push notifications. */
export function NotificationPreferences() {
  const preferences = useNotificationPreferences();
  return (
    <Card>
      <h2 id="notification-preferences-heading" className="text-base font-semibold">
        Notifications
      </h2>
      <p className="mt-1 text-sm text-muted">What the studio tells you, and how. Invitations, password links and security notices always arrive by email.</p>
      {preferences.isPending ? (
        <Spinner label="Loading your notifications…" />
      ) : preferences.isError ? (
        <ErrorState error={preferences.error} onRetry={() => preferences.refetch()} />
      ) : (
        <PreferencesForm key={preferences.data.map((row) => `${row.topic}:${row.email}:${row.sms}:${row.push}`).join()} saved={preferences.data} />
      )}
    </Card>
  );
}

function PreferencesForm({ saved }: { saved: NotificationPreference[] }) {
  const toast = useToast();
  const update = useUpdateNotificationPreferences();
  const [chosen, setChosen] = useState<Choices>(() => Object.fromEntries(saved.map((row) => [row.topic, { email: row.email, sms: row.sms, push: row.push }])));
  const smsAvailable = saved.some((row) => row.sms_available);
  const channels: Channel[] = ['email', ...(smsAvailable ? (['sms'] as const) : []), ...(browserCanPush() ? (['push'] as const) : [])];
  const changes = changedPreferences(saved, chosen, channels);

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ preferences: changes }, { onSuccess: (now) => toast.success(preferencesSaved(now, channels)) });
  }

  function toggle(topic: string, channel: Channel, on: boolean) {
    setChosen({ ...chosen, [topic]: { ...chosen[topic], [channel]: on } });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-3" aria-labelledby="notification-preferences-heading">
      <FormAlert message={formErrorMessage(update.error)} />
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-muted">
            <th scope="col" className="py-1 font-medium">
              <span className="sr-only">Notification</span>
            </th>
            {channels.map((channel) => (
              <th key={channel} scope="col" className="w-14 py-1 text-center font-medium sm:w-16">
                {CHANNEL_NAMES[channel]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {saved.map((row) => (
            <tr key={row.topic}>
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                {row.label}
              </th>
              {channels.map((channel) => (
                <td key={channel} className="text-center">
                  <label className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center">
                    <input
                      type="checkbox"
                      className="size-5 accent-[var(--primary)]"
                      aria-label={`${row.label} by ${CHANNEL_NAMES[channel].toLowerCase()}`}
                      checked={chosen[row.topic]?.[channel] ?? row[channel]}
                      onChange={(event) => toggle(row.topic, channel, event.target.checked)}
                    />
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {smsAvailable ? (
        <p className="text-sm text-muted">Texts go to the mobile number on your profile; reply STOP to any of them to stop them all.</p>
      ) : (
        <p className="text-sm text-muted" data-testid="sms-unavailable">
          Add a mobile number to your profile to get texts.
        </p>
      )}
      <div className="flex justify-end">
        <Button type="submit" loading={update.isPending} disabled={changes.length === 0}>
          Save notifications
        </Button>
      </div>
    </form>
  );
}
