import { useMemo, useState, type FormEvent } from 'react';
import { useChecklist, useUpdateChecklist } from '@/features/dashboard/api/get-checklist';
import { useOrganization, type Organization } from '@/features/organizations/api/get-organization';
import { useUpdateOrganization } from '@/features/organizations/api/update-organization';
import { TimeZonePicker } from '@/features/settings/components/time-zone-picker';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formErrorMessage, hasErrors, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';
import { countryOptions } from '@/lib/phone';

/** The studio's name and time zone (owners and admins). */
export function OrganizationSettings() {
  const organization = useOrganization();
  return (
    <Card>
      <h2 className="text-base font-semibold">Studio</h2>
      {organization.isPending ? (
        <Spinner label="Loading the studio…" />
      ) : organization.isError ? (
        <ErrorState error={organization.error} onRetry={() => organization.refetch()} />
      ) : (
        <OrganizationForm key={`${organization.data.name}|${organization.data.timezone}|${organization.data.country}`} organization={organization.data} />
      )}
      <ChecklistAgain />
    </Card>
  );
}

function OrganizationForm({ organization }: { organization: Organization }) {
  const toast = useToast();
  const update = useUpdateOrganization();
  const [values, setValues] = useState({ name: organization.name, timezone: organization.timezone, country: organization.country ?? 'US' });
  const [errors, setErrors] = useState<FormErrors>({});
  const countries = useMemo(() => countryOptions(), []);
  const changed = values.name.trim() !== organization.name || values.timezone !== organization.timezone || values.country !== organization.country;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, { name: [required('Studio name')], timezone: [required('Time zone')] });
    setErrors(found);
    if (hasErrors(found)) return;
    update.mutate({ name: values.name.trim(), timezone: values.timezone, country: values.country }, { onSuccess: () => toast.success('Studio settings saved.'), onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-3">
      <FormAlert message={hasErrors(errors) ? undefined : formErrorMessage(update.error)} />
      <InputField label="Studio name" maxLength={120} value={values.name} error={errors.name} onChange={(event) => setValues({ ...values, name: event.target.value })} />
      <TimeZonePicker label="Studio time zone" value={values.timezone} error={errors.timezone} onChange={(timezone) => setValues({ ...values, timezone })} />
      <SelectField
        label="Country"
        value={values.country}
        error={errors.country}
        hint="Phone numbers typed without a country code are read in it, and its numbers are shown the way people dial them there."
        onChange={(event) => setValues({ ...values, country: event.target.value })}
      >
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <p className="text-sm text-muted">
        Working hours and new sessions use the studio&rsquo;s time zone, and everyone who follows it sees times in it. Sessions already booked keep their time.
      </p>
      <div className="flex justify-end">
        <Button type="submit" loading={update.isPending} disabled={!changed}>
          Save studio
        </Button>
      </div>
    </form>
  );
}

/** Brings back the dashboard's first-run checklist after someone hid it. */
function ChecklistAgain() {
  const checklist = useChecklist({ enabled: true });
  const update = useUpdateChecklist();
  const toast = useToast();
  if (!checklist.data?.dismissed) return null;
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-2 border-t border-border pt-4">
      <p className="text-sm text-muted">The setup checklist is hidden from the dashboard.</p>
      <Button
        variant="secondary"
        loading={update.isPending}
        onClick={() => update.mutate(false, { onSuccess: () => toast.success('The checklist is back on the dashboard.'), onError: (error) => toast.error(errorMessage(error)) })}
      >
        Show setup checklist
      </Button>
    </div>
  );
}
