import { useState, type FormEvent } from 'react';
import type { Trainer } from '@/features/trainers/api/get-trainers';
import type { TrainerInput } from '@/features/trainers/api/update-trainer';
import { Button, ButtonLink } from '@/components/ui/button';
import { InputField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { FormSection } from '@/components/ui/form-section';
import { email, formErrorMessage, hasErrors, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

type Values = Record<'first_name' | 'last_name' | 'email' | 'phone' | 'specializations' | 'bio' | 'hourly_rate', string>;

export function TrainerForm({
  trainer,
  submitLabel = 'Save changes',
  cancelHref,
  pending,
  error,
  onSubmit,
}: {
  trainer?: Trainer;
  submitLabel?: string;
  cancelHref: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: TrainerInput, onError: (error: unknown) => void) => void;
}) {
  const [values, setValues] = useState<Values>({
    first_name: trainer?.first_name ?? '',
    last_name: trainer?.last_name ?? '',
    email: trainer?.email ?? '',
    phone: trainer?.phone ?? '',
    specializations: trainer?.specializations.join(', ') ?? '',
    bio: trainer?.bio ?? '',
    hourly_rate: trainer?.hourly_rate === null || trainer?.hourly_rate === undefined ? '' : String(trainer.hourly_rate),
  });
  const [errors, setErrors] = useState<FormErrors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, {
      first_name: [required('First name')],
      last_name: [required('Last name')],
      email: [required('Email'), email],
      hourly_rate: [(value) => (!value || /^\d+(\.\d{1,2})?$/.test(value) ? undefined : 'A number like 65 or 65.50.')],
    });
    setErrors(found);
    if (hasErrors(found)) return;
    onSubmit(
      {
        first_name: values.first_name.trim(),
        last_name: values.last_name.trim(),
        email: values.email.trim(),
        phone: values.phone.trim() || null,
        specializations: values.specializations
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
        bio: values.bio.trim() || null,
        hourly_rate: values.hourly_rate ? Number(values.hourly_rate) : null,
      },
      (failure) => setErrors(serverFieldErrors(failure)),
    );
  }

  const field = (name: keyof Values) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues({ ...values, [name]: event.target.value }),
  });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formErrorMessage(error)} />
      <FormSection title="Contact">
        <InputField label="First name" {...field('first_name')} />
        <InputField label="Last name" {...field('last_name')} />
        <InputField label="Email" type="email" hint="Their sign-in address once invited." {...field('email')} />
        <InputField label="Phone" type="tel" hint="Any format; stored in international form." {...field('phone')} />
      </FormSection>
      <FormSection title="Coaching">
        <InputField label="Specializations" hint="Separated by commas." {...field('specializations')} />
        <InputField label="Hourly rate" inputMode="decimal" {...field('hourly_rate')} />
        <TextareaField label="Bio" wrapperClassName="sm:col-span-2" {...field('bio')} />
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
