import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isSecondStep, useLogIn, type SecondStep } from '@/features/auth/api/log-in';
import type { Me } from '@/features/auth/api/get-me';
import { useRequestAccountLink } from '@/features/auth/api/request-account-link';
import { TwoFactorStep } from '@/features/auth/components/two-factor-step';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-error';
import { email, formErrorMessage, hasErrors, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

const linkClass = 'font-semibold text-primary-text underline-offset-2 hover:underline';

/** Whether sign-in for this email is slowed down after failed attempts (the API's 429 `sign_in_throttled`). */
export function isThrottled(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'sign_in_throttled';
}

type Props = { onSuccess: (me: Me) => void; unlockedEmail?: string; pendingStep?: SecondStep };

/** Email and password; then, for an account with two-factor sign-in, its code (or its setup, when the studio requires it). */
export function SignInForm({ onSuccess, unlockedEmail, pendingStep }: Props) {
  const [values, setValues] = useState({ email: unlockedEmail ?? '', password: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const [secondStep, setSecondStep] = useState<SecondStep | null>(pendingStep ?? null);
  const logIn = useLogIn();
  const unlock = useRequestAccountLink();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, { email: [required('Email'), email], password: [required('Password')] });
    setErrors(found);
    if (hasErrors(found)) return;
    unlock.reset();
    logIn.mutate(values, {
      onSuccess: (answer) => (isSecondStep(answer) ? setSecondStep(answer) : onSuccess(answer)),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  if (secondStep) {
    return (
      <TwoFactorStep
        step={secondStep}
        onSignedIn={onSuccess}
        onRestart={() => {
          setSecondStep(null);
          setValues({ email: values.email, password: '' });
          logIn.reset();
        }}
      />
    );
  }

  const set = (name: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.target.value });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {unlockedEmail && !logIn.error ? (
        <p role="status" className="rounded-lg border border-border bg-surface-muted px-3 py-2 text-sm">
          This browser may now sign in to <strong>{unlockedEmail}</strong> without waiting. Enter your password.
        </p>
      ) : null}
      <FormAlert message={formErrorMessage(logIn.error)} />
      {isThrottled(logIn.error) ? (
        unlock.isSuccess ? (
          <p role="status" className="text-sm text-muted">
            {unlock.data.message} Open it in this browser.
          </p>
        ) : (
          <Button variant="secondary" loading={unlock.isPending} onClick={() => unlock.mutate({ purpose: 'unlock', email: values.email.trim() })}>
            Email me an unlock link
          </Button>
        )
      ) : null}
      <InputField label="Email" type="email" autoComplete="username" value={values.email} onChange={set('email')} error={errors.email} autoFocus={!unlockedEmail} />
      <InputField label="Password" type="password" autoComplete="current-password" value={values.password} onChange={set('password')} error={errors.password} autoFocus={!!unlockedEmail} />
      <div className="-mt-2 text-right text-sm">
        <Link to={paths.forgotPassword.getHref(values.email)} className={linkClass}>
          Forgot password?
        </Link>
      </div>
      <Button type="submit" loading={logIn.isPending} className="w-full">
        Sign in
      </Button>
      <p className="text-center text-sm text-muted">
        New studio?{' '}
        <Link to={paths.signUp.getHref()} className={linkClass}>
          Create an account
        </Link>
      </p>
    </form>
  );
}
