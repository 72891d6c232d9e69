import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useRequestAccountLink } from '@/features/auth/api/request-account-link';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { paths } from '@/config/paths';
import { email, formErrorMessage, hasErrors, required, validate, type FormErrors } from '@/lib/form';

/** Asks for a password-reset link; the answer never says whether the email has an account. */
export function ForgotPasswordForm({ initialEmail }: { initialEmail: string }) {
  const [address, setAddress] = useState(initialEmail);
  const [errors, setErrors] = useState<FormErrors>({});
  const request = useRequestAccountLink();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate({ email: address }, { email: [required('Email'), email] });
    setErrors(found);
    if (hasErrors(found)) return;
    request.mutate({ purpose: 'password_reset', email: address.trim() });
  }

  if (request.isSuccess) {
    return (
      <div className="flex flex-col gap-4 text-sm">
        <p role="status">{request.data.message}</p>
        <p className="text-muted">
          The link works once, for an hour. No email after a few minutes? Check the spam folder, or that <strong className="text-foreground">{address.trim()}</strong> is the address you sign in with.
        </p>
        <Link to={paths.signIn.getHref()} className="font-semibold text-primary-text underline-offset-2 hover:underline">
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-muted">Enter the email you sign in with. We&rsquo;ll send you a link to choose a new password.</p>
      <FormAlert message={formErrorMessage(request.error)} />
      <InputField label="Email" type="email" autoComplete="username" value={address} onChange={(event) => setAddress(event.target.value)} error={errors.email} autoFocus />
      <Button type="submit" loading={request.isPending} className="w-full">
        Email me a reset link
      </Button>
      <p className="text-center text-sm text-muted">
        Remembered it?{' '}
        <Link to={paths.signIn.getHref()} className="font-semibold text-primary-text underline-offset-2 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
