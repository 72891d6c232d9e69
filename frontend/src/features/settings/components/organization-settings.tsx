import { useState, type FormEvent } from 'react';
import { useOrganization, type Organization } from '@/features/organizations/api/get-organization';
import { useUpdateOrganization } from '@/features/organizations/api/update-organization';
import { TimeZonePicker } from '@/features/settings/components/time-zone-picker';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, hasErrors, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

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
        <OrganizationForm key={`${organization.data.name}|${organization.data.timezone}`} organization={organization.data} />
      )}
    </Card>
  );
}

function OrganizationForm({ organization }: { organization: Organization }) {
  const toast = useToast();
  const update = useUpdateOrganization();
  const [values, setValues] = useState({ name: organization.name, timezone: organization.timezone });
  const [errors, setErrors] = useState<FormErrors>({});
  const changed = values.name.trim() !== organization.name || values.timezone !== organization.timezone;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, { name: [required('Studio name')], timezone: [required('Time zone')] });
    setErrors(found);
    if (hasErrors(found)) return;
    update.mutate({ name: values.name.trim(), timezone: values.timezone }, { onSuccess: () => toast.success('Studio settings saved.'), onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-3">
      <FormAlert message={hasErrors(errors) ? undefined : formErrorMessage(update.error)} />
      <InputField label="Studio name" maxLength={120} value={values.name} error={errors.name} onChange={(event) => setValues({ ...values, name: event.target.value })} />
      <TimeZonePicker label="Studio time zone" value={values.timezone} error={errors.timezone} onChange={(timezone) => setValues({ ...values, timezone })} />
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
