import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { AuthenticatorSetup, CodeField, RecoveryCodeList } from '@/features/auth/components/authenticator-setup';
import { useTwoFactorStatus } from '@/features/security/api/get-two-factor-status';
import { useBeginTwoFactorSetup, useEnableTwoFactor } from '@/features/security/api/set-up-two-factor';
import { useRegenerateRecoveryCodes, useTurnOffTwoFactor } from '@/features/security/api/turn-off-two-factor';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formatDateTime } from '@/lib/format';
import { formErrorMessage, hasErrors, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

/** Two-factor sign-in for the signed-in account: set it up, make new recovery codes, or turn it off. */
export function TwoFactorCard({ timeZone }: { timeZone?: string }) {
  const status = useTwoFactorStatus();
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  const putAway = () => {
    setCodes(null);
    void queryClient.invalidateQueries({ queryKey: ['security'] });
  };

  let body;
  if (status.isPending) body = <Spinner />;
  else if (status.isError) body = <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  else if (codes) body = <RecoveryCodeList codes={codes} doneLabel="I have saved them" onDone={putAway} />;
  else if (!status.data.enabled) body = <TurnOn onCodes={setCodes} required={status.data.required} />;
  else {
    body = (
      <div className="flex flex-col gap-4">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone="success">On</Badge>
          <span>
            Since {formatDateTime(status.data.enabled_at, timeZone)}. {status.data.recovery_codes_left} of 10 recovery codes left.
          </span>
        </p>
        <ConfirmBothFactors action="codes" onCodes={setCodes} />
        {status.data.required ? (
          <p className="text-sm text-muted">Your studio requires two-factor sign-in for staff, so it stays on.</p>
        ) : (
          <ConfirmBothFactors action="off" onCodes={setCodes} />
        )}
      </div>
    );
  }

  return (
    <Card className="flex flex-col gap-4">
      <div>
        <h2 className="text-base font-semibold">Two-factor sign-in</h2>
        <p className="text-sm text-muted">Besides your password, signing in asks for a code from an authenticator app on your phone, so a stolen password alone cannot get in.</p>
      </div>
      {body}
    </Card>
  );
}

function TurnOn({ onCodes, required }: { onCodes: (codes: string[]) => void; required: boolean }) {
  const begin = useBeginTwoFactorSetup();
  const enable = useEnableTwoFactor();
  const toast = useToast();
  if (!begin.data) {
    return (
      <div className="flex flex-col gap-3">
        <p className="flex items-center gap-2 text-sm">
          <Badge tone="warning">Off</Badge>
          {required ? 'Your studio requires it: set it up now.' : 'Only your password protects this account.'}
        </p>
        <FormAlert message={formErrorMessage(begin.error)} />
        <Button className="self-start" loading={begin.isPending} onClick={() => begin.mutate()}>
          Set up two-factor sign-in
        </Button>
      </div>
    );
  }
  return (
    <AuthenticatorSetup
      setup={begin.data}
      loading={enable.isPending}
      error={enable.error}
      onConfirm={(code, fail) =>
        enable.mutate(code, {
          onSuccess: (answer) => {
            toast.success('Two-factor sign-in is on.');
            begin.reset();
            onCodes(answer.recovery_codes);
          },
          onError: fail,
        })
      }
    />
  );
}

const EMPTY = { password: '', code: '' };

/** Password and a code again, to make new recovery codes ("codes") or to turn two-factor sign-in off ("off"). */
function ConfirmBothFactors({ action, onCodes }: { action: 'codes' | 'off'; onCodes: (codes: string[]) => void }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>({});
  const regenerate = useRegenerateRecoveryCodes();
  const turnOff = useTurnOffTwoFactor();
  const toast = useToast();
  const mutation = action === 'codes' ? regenerate : turnOff;
  const label = action === 'codes' ? 'Make new recovery codes' : 'Turn off two-factor sign-in';

  if (!open) {
    return (
      <Button variant={action === 'off' ? 'danger' : 'secondary'} className="self-start" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, { password: [required('Password')], code: [required('Code')] });
    setErrors(found);
    if (hasErrors(found)) return;
    const fail = (error: unknown) => setErrors(serverFieldErrors(error));
    const done = () => {
      setValues(EMPTY);
      setOpen(false);
    };
    if (action === 'codes') {
      regenerate.mutate(values, {
        onSuccess: (answer) => {
          done();
          onCodes(answer.recovery_codes);
        },
        onError: fail,
      });
    } else {
      turnOff.mutate(values, {
        onSuccess: () => {
          done();
          toast.success('Two-factor sign-in is off. Your password alone signs you in.');
        },
        onError: fail,
      });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 rounded-lg border border-border p-3">
      <h3 className="text-sm font-semibold">{label}</h3>
      <p className="text-sm text-muted">
        {action === 'codes' ? 'Your earlier recovery codes stop working.' : 'Signing in will ask for your password only.'} Confirm with your password and a code.
      </p>
      <FormAlert message={hasErrors(errors) ? undefined : formErrorMessage(mutation.error)} />
      <InputField label="Password" type="password" autoComplete="current-password" value={values.password} onChange={(event) => setValues({ ...values, password: event.target.value })} error={errors.password} />
      <CodeField value={values.code} onChange={(code) => setValues({ ...values, code })} error={errors.code} recovery />
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
        <Button type="submit" variant={action === 'off' ? 'danger' : 'primary'} loading={mutation.isPending}>
          {label}
        </Button>
      </div>
    </form>
  );
}
