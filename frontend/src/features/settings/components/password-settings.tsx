import { useState, type FormEvent } from 'react';
import { useChangePassword } from '@/features/auth/api/change-password';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, hasErrors, minLength, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

const EMPTY = { current_password: '', new_password: '', confirm_password: '' };

/** Changes the password; the API signs out every other device and keeps this one signed in. */
export function PasswordSettings() {
  const toast = useToast();
  const change = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, {
      current_password: [required('Current password')],
      new_password: [required('New password'), minLength(10, 'New password')],
      confirm_password: [required('Repeat the new password'), (value) => (value === values.new_password ? undefined : 'The passwords do not match.')],
    });
    setErrors(found);
    if (hasErrors(found)) return;
    change.mutate(
      { current_password: values.current_password, new_password: values.new_password },
      {
        onSuccess: () => {
          setValues(EMPTY);
          toast.success('Password changed. Your other devices are signed out; this one stays signed in.');
        },
        onError: (error) => setErrors(serverFieldErrors(error)),
      },
    );
  }

  const field = (name: keyof typeof EMPTY) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.target.value }),
  });

  return (
    <Card>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">Change password</h2>
        <p className="text-sm text-muted">Every other device and browser signed in to your account is signed out. This one stays signed in.</p>
        <FormAlert message={hasErrors(errors) ? undefined : formErrorMessage(change.error)} />
        <InputField label="Current password" type="password" autoComplete="current-password" {...field('current_password')} />
        <InputField label="New password" type="password" autoComplete="new-password" hint="At least 10 characters." {...field('new_password')} />
        <InputField label="Repeat the new password" type="password" autoComplete="new-password" {...field('confirm_password')} />
        <div className="flex justify-end">
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </div>
      </form>
    </Card>
  );
}
