import { useState, type FormEvent } from 'react';
import type { ClientInput } from '@/features/clients/api/create-client';
import type { ClientDetail } from '@/features/clients/api/get-client';
import { Button, ButtonLink } from '@/components/ui/button';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { FormSection } from '@/components/ui/form-section';
import { email, formErrorMessage, hasErrors, notFutureDate, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';
import { humanize } from '@/lib/format';

const STATUSES = ['lead', 'active', 'paused', 'inactive'] as const;
const GENDERS = ['female', 'male', 'non_binary', 'other', 'prefer_not_to_say'] as const;

type Values = Record<
  | 'first_name'
  | 'last_name'
  | 'email'
  | 'phone'
  | 'date_of_birth'
  | 'gender'
  | 'status'
  | 'start_date'
  | 'source'
  | 'tags'
  | 'goals'
  | 'notes'
  | 'emergency_contact_name'
  | 'emergency_contact_phone',
  string
>;

function initialValues(client?: ClientDetail): Values {
  return {
    first_name: client?.first_name ?? '',
    last_name: client?.last_name ?? '',
    email: client?.email ?? '',
    phone: client?.phone ?? '',
    date_of_birth: client?.date_of_birth ?? '',
    gender: client?.gender ?? '',
    status: client && client.status !== 'archived' ? client.status : 'lead',
    start_date: client?.start_date ?? '',
    source: client?.source ?? '',
    tags: client?.tags?.join(', ') ?? '',
    goals: client?.goals ?? '',
    notes: client?.notes ?? '',
    emergency_contact_name: client?.emergency_contact_name ?? '',
    emergency_contact_phone: client?.emergency_contact_phone ?? '',
  };
}

/** The form's text values as the API's body: blanks become null, tags a list. */
export function toClientInput(values: Values): ClientInput {
  const blankToNull = (value: string) => (value.trim() ? value.trim() : null);
  return {
    first_name: values.first_name.trim(),
    last_name: values.last_name.trim(),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    date_of_birth: blankToNull(values.date_of_birth),
    gender: blankToNull(values.gender) as ClientInput['gender'],
    status: values.status as ClientInput['status'],
    start_date: blankToNull(values.start_date),
    source: blankToNull(values.source),
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    goals: blankToNull(values.goals),
    notes: blankToNull(values.notes),
    emergency_contact_name: blankToNull(values.emergency_contact_name),
    emergency_contact_phone: blankToNull(values.emergency_contact_phone),
  };
}

type ClientFormProps = {
  client?: ClientDetail;
  submitLabel: string;
  cancelHref: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ClientInput, onError: (error: unknown) => void) => void;
};

/** Create and edit share this form; what was typed stays when the server refuses it. */
export function ClientForm({ client, submitLabel, cancelHref, pending, error, onSubmit }: ClientFormProps) {
  const [values, setValues] = useState<Values>(() => initialValues(client));
  const [errors, setErrors] = useState<FormErrors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, {
      first_name: [required('First name')],
      last_name: [required('Last name')],
      email: [email],
      date_of_birth: [notFutureDate],
    });
    setErrors(found);
    if (hasErrors(found)) {
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const input = toClientInput(values);
    // An archived client's status changes only through restore.
    if (client?.status === 'archived') delete input.status;
    onSubmit(input, (failure) => setErrors(serverFieldErrors(failure)));
  }

  const field = (name: keyof Values) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues({ ...values, [name]: event.target.value }),
  });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formErrorMessage(error)} />
      <FormSection title="Contact">
        <InputField label="First name" autoComplete="off" {...field('first_name')} />
        <InputField label="Last name" autoComplete="off" {...field('last_name')} />
        <InputField label="Email" type="email" autoComplete="off" {...field('email')} />
        <InputField label="Phone" type="tel" autoComplete="off" hint="Any format; stored in international form." {...field('phone')} />
        <InputField label="Date of birth" type="date" {...field('date_of_birth')} />
        <SelectField label="Gender" {...field('gender')}>
          <option value="">Not given</option>
          {GENDERS.map((gender) => (
            <option key={gender} value={gender}>
              {humanize(gender)}
            </option>
          ))}
        </SelectField>
      </FormSection>
      <FormSection title="Coaching">
        <SelectField label="Status" {...field('status')} disabled={client?.status === 'archived'} hint={client?.status === 'archived' ? 'Restore the client to change their status.' : undefined}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {humanize(status)}
            </option>
          ))}
        </SelectField>
        <InputField label="Start date" type="date" {...field('start_date')} />
        <InputField label="Source" hint="How they found the studio." {...field('source')} />
        <InputField label="Tags" hint="Separated by commas." {...field('tags')} />
        <TextareaField label="Goals" wrapperClassName="sm:col-span-2" {...field('goals')} />
        <TextareaField label="Notes" wrapperClassName="sm:col-span-2" {...field('notes')} />
      </FormSection>
      <FormSection title="Emergency contact" description="Who to call if something happens during a session.">
        <InputField label="Emergency contact name" {...field('emergency_contact_name')} />
        <InputField label="Emergency contact phone" type="tel" {...field('emergency_contact_phone')} />
      </FormSection>
      <div className="flex flex-wrap justify-end gap-2">
        <ButtonLink to={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
