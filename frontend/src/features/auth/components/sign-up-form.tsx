import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Me } from '@/features/auth/api/get-me';
import { useSignUp } from '@/features/auth/api/sign-up';
import { TimeZonePicker } from '@/features/settings/components/time-zone-picker';
import { deviceTimeZone } from '@/features/settings/components/time-zones';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { paths } from '@/config/paths';
import { countryFromLanguage, countryOptions } from '@/lib/phone';
import { email, formErrorMessage, hasErrors, minLength, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

export function SignUpForm({ onSuccess }: { onSuccess: (me: Me) => void }) {
  const [values, setValues] = useState({
    organization_name: '',
    first_name: '',
    last_name: '',
    email: '',
    password: '',
    timezone: deviceTimeZone(),
    // Empty: the server takes the time zone's country.
    country: countryFromLanguage(navigator.language) ?? '',
  });
  const countries = useMemo(() => countryOptions(), []);
  const [errors, setErrors] = useState<FormErrors>({});
  const signUp = useSignUp();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, {
      organization_name: [required('Studio name')],
      first_name: [required('First name')],
      last_name: [required('Last name')],
      email: [required('Email'), email],
      password: [required('Password'), minLength(10, 'Password')],
    });
    setErrors(found);
    if (hasErrors(found)) return;
    const { country, ...rest } = values;
    signUp.mutate(country ? { ...rest, country } : rest, { onSuccess, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  const set = (name: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...values, [name]: event.target.value });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formErrorMessage(signUp.error)} />
      <InputField label="Studio name" value={values.organization_name} onChange={set('organization_name')} error={errors.organization_name} autoFocus />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField label="First name" autoComplete="given-name" value={values.first_name} onChange={set('first_name')} error={errors.first_name} />
        <InputField label="Last name" autoComplete="family-name" value={values.last_name} onChange={set('last_name')} error={errors.last_name} />
      </div>
      <InputField label="Email" type="email" autoComplete="email" value={values.email} onChange={set('email')} error={errors.email} />
      <InputField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        value={values.password}
        onChange={set('password')}
        error={errors.password}
      />
      <div className="flex flex-col gap-1">
        <TimeZonePicker label="Studio time zone" value={values.timezone} onChange={(timezone) => setValues({ ...values, timezone })} error={errors.timezone} />
        <p className="text-sm text-muted">The studio&rsquo;s days, weeks and reminders follow it; anyone can choose their own later.</p>
      </div>
      <SelectField label="Country" value={values.country} onChange={set('country')} error={errors.country} hint="Phone numbers are read and shown the way they are dialled there.">
        <option value="">The time zone’s country</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" loading={signUp.isPending} className="w-full">
        Create studio
      </Button>
      <p className="text-center text-sm text-muted">
        Already have an account?{' '}
        <Link to={paths.signIn.getHref()} className="font-semibold text-primary-text underline-offset-2 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
