import { useState, type FormEvent } from 'react';
import { usePrivacySettings, useUpdatePrivacySettings } from '@/features/privacy/api/privacy-settings';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

/** What the setting does, in a sentence. */
export function retentionSentence(months: number | null | undefined): string {
  if (!months) return 'Archived clients are kept until someone erases them.';
  const span = months % 12 === 0 ? `${months / 12} year${months === 12 ? '' : 's'}` : `${months} month${months === 1 ? '' : 's'}`;
  return `Archived clients are erased ${span} after they were archived (checked every night). Invoices and payments are kept without their names.`;
}

function RetentionForm({ months }: { months: number | null }) {
  const toast = useToast();
  const update = useUpdatePrivacySettings();
  const [on, setOn] = useState(months !== null);
  const [value, setValue] = useState(String(months ?? 24));
  const [invalid, setInvalid] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = Number(value);
    if (on && !(/^\d+$/.test(value.trim()) && chosen >= 1 && chosen <= 120)) {
      setInvalid('Enter a whole number of months from 1 to 120.');
      return;
    }
    setInvalid(undefined);
    update.mutate(
      { erase_archived_after_months: on ? chosen : null },
      { onSuccess: (saved) => toast.success(retentionSentence(saved.erase_archived_after_months)) },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-labelledby="retention-heading">
      <h2 id="retention-heading" className="text-base font-semibold">
        Keeping archived clients
      </h2>
      <p className="text-sm text-muted" data-testid="retention-now">
        {retentionSentence(months)}
      </p>
      <FormAlert message={formErrorMessage(update.error)} />
      <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
        <input type="checkbox" className="size-5 accent-[var(--primary)]" checked={on} onChange={(event) => setOn(event.target.checked)} />
        Erase archived clients automatically
      </label>
      {on ? (
        <InputField
          label="Months after archiving"
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          hint="From 1 to 120 months (ten years)."
          error={invalid ?? serverFieldErrors(update.error).erase_archived_after_months}
        />
      ) : null}
      <div className="flex justify-end">
        <Button type="submit" loading={update.isPending}>
          Save retention
        </Button>
      </div>
    </form>
  );
}

/** Studio settings: erase archived clients after N months, or keep them (the default). */
export function RetentionSettings() {
  const settings = usePrivacySettings();
  return (
    <Card>
      {settings.isPending ? (
        <Spinner label="Loading privacy settings…" />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <RetentionForm months={settings.data.erase_archived_after_months ?? null} />
      )}
    </Card>
  );
}
