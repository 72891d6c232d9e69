import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Me } from '@/features/auth/api/get-me';
import type { SecondStep } from '@/features/auth/api/log-in';
import { usePreviewPasswordReset, useResetPassword } from '@/features/auth/api/reset-password';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formErrorMessage, hasErrors, minLength, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

const EMPTY = { password: '', confirm_password: '' };

/** Chooses a new password through an emailed link; the account is then signed in here and out everywhere else. */
export function ResetPasswordForm({ token, onSuccess }: { token: string; onSuccess: (answer: Me | SecondStep) => void }) {
  const preview = usePreviewPasswordReset(token);
  const reset = useResetPassword();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});

  const askAgain = (
    <Link to={paths.forgotPassword.getHref()} className="font-semibold text-primary-text underline-offset-2 hover:underline">
      Ask for a new link
    </Link>
  );
  if (token.length < 20) return <ErrorState error={new Error('This reset link is incomplete. Open the link from your email again.')} />;
  if (preview.isPending) return <Spinner label="Checking your link…" />;
  if (preview.isError) {
    return (
      <div className="flex flex-col gap-4">
        <ErrorState error={preview.error} />
        <p className="text-center text-sm">{askAgain}</p>
      </div>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, {
      password: [required('New password'), minLength(10, 'New password')],
      confirm_password: [required('Repeat the new password'), (value) => (value === values.password ? undefined : 'The passwords do not match.')],
    });
    setErrors(found);
    if (hasErrors(found)) return;
    reset.mutate({ token, password: values.password }, { onSuccess, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  const set = (name: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.target.value });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-sm">
        Choose a new password for <strong>{preview.data.email}</strong>. Every device signed in to this account will be signed out.
      </p>
      <FormAlert message={formErrorMessage(reset.error)} />
      <input type="email" autoComplete="username" value={preview.data.email} readOnly hidden />
      <InputField label="New password" type="password" autoComplete="new-password" hint="At least 10 characters." value={values.password} onChange={set('password')} error={errors.password} autoFocus />
      <InputField label="Repeat the new password" type="password" autoComplete="new-password" value={values.confirm_password} onChange={set('confirm_password')} error={errors.confirm_password} />
      <Button type="submit" loading={reset.isPending} className="w-full">
        Set password and sign in
      </Button>
    </form>
  );
}
