import { useState, type FormEvent } from 'react';
import { useApiSettings, useUpdateApiSettings, type ApiSettings } from '@/features/developers/api-keys/api/api-settings';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

/** How many calls a minute each key may make: the studio's own number (owners set it) or the server's default. */
export function RateLimitCard({ canEdit }: { canEdit: boolean }) {
  const settings = useApiSettings();
  return (
    <Card>
      <h2 id="rate-limit-heading" className="text-base font-semibold">
        Rate limit
      </h2>
      {settings.isPending ? (
        <Spinner label="Loading the rate limit…" />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <>
          <p className="mt-1 text-sm" data-testid="rate-limit-sentence">
            {settings.data.rate_limit_per_minute
              ? `Each key may make ${settings.data.rate_limit_per_minute.toLocaleString()} calls a minute (the server's default is ${settings.data.default_rate_limit}).`
              : `Each key may make the server's default of ${settings.data.default_rate_limit}.`}{' '}
            Past it, calls are refused for the rest of the minute.
          </p>
          {canEdit ? <LimitForm key={settings.data.rate_limit_per_minute ?? 'default'} saved={settings.data} /> : null}
        </>
      )}
    </Card>
  );
}

function LimitForm({ saved }: { saved: ApiSettings }) {
  const update = useUpdateApiSettings();
  const toast = useToast();
  const [value, setValue] = useState(saved.rate_limit_per_minute?.toString() ?? '');
  const dirty = value.trim() !== (saved.rate_limit_per_minute?.toString() ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const rate_limit_per_minute = value.trim() ? Number(value.trim()) : null;
    update.mutate(
      { rate_limit_per_minute },
      { onSuccess: (now) => toast.success(now.rate_limit_per_minute ? `Each key may now make ${now.rate_limit_per_minute.toLocaleString()} calls a minute.` : "Keys now have the server's default limit.") },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-3" aria-labelledby="rate-limit-heading">
      <FormAlert message={formErrorMessage(update.error)} />
      <InputField
        label="Calls per minute per key"
        inputMode="numeric"
        hint="From 1 to 100,000. Leave it empty for the server's default."
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={serverFieldErrors(update.error).rate_limit_per_minute}
      />
      <div className="flex justify-end">
        <Button type="submit" loading={update.isPending} disabled={!dirty}>
          Save limit
        </Button>
      </div>
    </form>
  );
}
