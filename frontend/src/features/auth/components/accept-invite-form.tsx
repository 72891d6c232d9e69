import { useState, type FormEvent } from 'react';
import { useAcceptInvitation } from '@/features/auth/api/accept-invitation';
import type { Me } from '@/features/auth/api/get-me';
import type { SecondStep } from '@/features/auth/api/log-in';
import { usePreviewInvitation } from '@/features/auth/api/preview-invitation';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { formErrorMessage, hasErrors, minLength, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

export function AcceptInviteForm({ token, onSuccess }: { token: string; onSuccess: (answer: Me | SecondStep) => void }) {
  const preview = usePreviewInvitation(token);
  const [values, setValues] = useState({ first_name: '', last_name: '', password: '' });
  const [errors, setErrors] = useState<FormErrors>({});
  const accept = useAcceptInvitation();

  if (token.length < 20) return <ErrorState error={new Error('This invitation link is incomplete. Open the link from your email again.')} />;
  if (preview.isPending) return <Spinner label="Checking your invitation…" />;
  if (preview.isError) return <ErrorState error={preview.error} />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, {
      first_name: [required('First name')],
      last_name: [required('Last name')],
      password: [required('Password'), minLength(10, 'Password')],
    });
    setErrors(found);
    if (hasErrors(found)) return;
    accept.mutate({ token, ...values }, { onSuccess, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  const set = (name: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.target.value });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-sm">
        <strong>{preview.data.organization_name}</strong> invited <strong>{preview.data.email}</strong> to join as {preview.data.role}.
      </p>
      <FormAlert message={formErrorMessage(accept.error)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField label="First name" autoComplete="given-name" value={values.first_name} onChange={set('first_name')} error={errors.first_name} autoFocus />
        <InputField label="Last name" autoComplete="family-name" value={values.last_name} onChange={set('last_name')} error={errors.last_name} />
      </div>
      <InputField
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        value={values.password}
        onChange={set('password')}
        error={errors.password}
      />
      <Button type="submit" loading={accept.isPending} className="w-full">
        Join {preview.data.organization_name}
      </Button>
    </form>
  );
}
