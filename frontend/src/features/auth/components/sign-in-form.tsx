import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useLogIn } from '@/features/auth/api/log-in';
import type { Me } from '@/features/auth/api/get-me';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { paths } from '@/config/paths';
import { email, formErrorMessage, hasErrors, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

export function SignInForm({ onSuccess }: { onSuccess: (me: Me) => void }) {
  const [values, setValues] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const logIn = useLogIn();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, { email: [required('Email'), email], password: [required('Password')] });
    setErrors(found);
    if (hasErrors(found)) return;
    logIn.mutate(values, { onSuccess, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  const set = (name: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.target.value });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formErrorMessage(logIn.error)} />
      <InputField label="Email" type="email" autoComplete="username" value={values.email} onChange={set('email')} error={errors.email} autoFocus />
      <InputField label="Password" type="password" autoComplete="current-password" value={values.password} onChange={set('password')} error={errors.password} />
      <Button type="submit" loading={logIn.isPending} className="w-full">
        Sign in
      </Button>
      <p className="text-center text-sm text-muted">
        New studio?{' '}
        <Link to={paths.signUp.getHref()} className="font-semibold text-primary-text underline-offset-2 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
