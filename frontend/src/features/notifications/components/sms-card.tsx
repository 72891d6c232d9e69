import { useState, type FormEvent } from 'react';
import { useSmsSettings, type SmsSettings } from '@/features/notifications/api/get-sms-settings';
import { useSmsUsage } from '@/features/notifications/api/get-sms-usage';
import { useUpdateSmsSettings } from '@/features/notifications/api/update-sms-settings';
import { usageSentence } from '@/features/notifications/components/sms-words';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

/** The studio's text messages: the number it texts from (owners set it) and this month's counts (owners and admins). */
export function SmsCard({ canEdit }: { canEdit: boolean }) {
  const settings = useSmsSettings();
  return (
    <Card>
      <h2 id="sms-card-heading" className="text-base font-semibold">
        Text messages
      </h2>
      <p className="mt-1 text-sm text-muted">Reminders and chat messages by text, for the people who ask for them, from the studio&apos;s own number.</p>
      {settings.isPending ? (
        <Spinner label="Loading text messages…" />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <div className="mt-3 flex flex-col gap-3">
          {settings.data.configured ? null : (
            <p className="text-sm" data-testid="sms-not-configured">
              Texting is not set up on this server yet: whoever runs it adds the studio&apos;s Twilio account (TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN). Until then no texts are sent.
            </p>
          )}
          {canEdit ? (
            <NumberForm key={settings.data.phone_number ?? ''} saved={settings.data} />
          ) : (
            <p className="text-sm">
              {settings.data.phone_number_display ? `The studio texts from ${settings.data.phone_number_display}.` : 'The studio has no number to text from yet; an owner can add one.'}
            </p>
          )}
          {settings.data.phone_number ? (
            <p className="text-sm text-muted">
              In Twilio, send this number&apos;s incoming messages to <span className="break-all font-mono text-foreground">{settings.data.inbound_url}</span> (HTTP POST).
            </p>
          ) : null}
          <ThisMonth />
        </div>
      )}
    </Card>
  );
}

function NumberForm({ saved }: { saved: SmsSettings }) {
  const toast = useToast();
  const update = useUpdateSmsSettings();
  const [number, setNumber] = useState(saved.phone_number_display ?? '');
  const dirty = number.trim() !== (saved.phone_number_display ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const phone_number = number.trim() || null;
    update.mutate(
      { phone_number },
      { onSuccess: (now) => toast.success(now.phone_number_display ? `The studio now texts from ${now.phone_number_display}.` : 'The studio no longer sends texts.') },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-labelledby="sms-card-heading">
      <FormAlert message={formErrorMessage(update.error)} />
      <InputField
        label="The studio's number"
        type="tel"
        autoComplete="off"
        hint="A number of the studio's Twilio account. Leave it empty to stop texting."
        value={number}
        onChange={(event) => setNumber(event.target.value)}
        error={serverFieldErrors(update.error).phone_number}
      />
      <div className="flex justify-end">
        <Button type="submit" loading={update.isPending} disabled={!dirty}>
          Save number
        </Button>
      </div>
    </form>
  );
}

function ThisMonth() {
  const usage = useSmsUsage(1);
  if (usage.isPending) return <Spinner label="Counting this month's texts…" />;
  if (usage.isError) return <ErrorState error={usage.error} onRetry={() => usage.refetch()} />;
  const [month] = usage.data;
  if (!month) return null;
  return (
    <div>
      <h3 className="text-sm font-medium">{month.label}</h3>
      <p className="text-sm" data-testid="sms-usage">
        {usageSentence(month)}
      </p>
    </div>
  );
}
