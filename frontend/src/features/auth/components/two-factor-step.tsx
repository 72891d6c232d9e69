import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { getMe, type Me } from '@/features/auth/api/get-me';
import type { SecondStep } from '@/features/auth/api/log-in';
import { useBeginRequiredSetup, useEnableRequired, useLogInWithCode } from '@/features/auth/api/second-step';
import { AuthenticatorSetup, CodeField, RecoveryCodeList } from '@/features/auth/components/authenticator-setup';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { formErrorMessage, hasErrors, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

type Props = { step: SecondStep; onSignedIn: (me: Me) => void; onRestart: () => void };

/** Sign-in's second step: a code from the authenticator app, or (required by the studio) setting one up. */
export function TwoFactorStep({ step, onSignedIn, onRestart }: Props) {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">{step.message}</p>
      {step.step === 'setup' ? <RequiredSetup token={step.token} onSignedIn={onSignedIn} /> : <CodeForm token={step.token} onSignedIn={onSignedIn} />}
      <button type="button" onClick={onRestart} className="text-center text-sm font-semibold text-primary-text underline-offset-2 hover:underline">
        Start again with another account
      </button>
    </div>
  );
}

function CodeForm({ token, onSignedIn }: { token: string; onSignedIn: (me: Me) => void }) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const logIn = useLogInWithCode();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate({ code }, { code: [required('Code')] });
    setErrors(found);
    if (hasErrors(found)) return;
    logIn.mutate({ token, code: code.trim() }, { onSuccess: onSignedIn, onError: (error) => setErrors(serverFieldErrors(error)) });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert message={hasErrors(errors) ? undefined : formErrorMessage(logIn.error)} />
      <CodeField value={code} onChange={setCode} error={errors.code} recovery />
      <Button type="submit" loading={logIn.isPending} className="w-full">
        Verify and sign in
      </Button>
    </form>
  );
}

function RequiredSetup({ token, onSignedIn }: { token: string; onSignedIn: (me: Me) => void }) {
  const begin = useBeginRequiredSetup();
  const enable = useEnableRequired();
  const [finishing, setFinishing] = useState(false);
  const queryClient = useQueryClient();
  const { mutate } = begin;

  useEffect(() => mutate(token), [mutate, token]);

  if (begin.isError) return <ErrorState error={begin.error} />;
  if (!begin.data) return <Spinner label="Making your key…" />;
  if (enable.data) {
    return (
      <RecoveryCodeList
        codes={enable.data.recovery_codes}
        doneLabel={finishing ? 'Signing in…' : 'I have saved them — continue'}
        onDone={() => {
          setFinishing(true);
          void getMe().then((me) => {
            if (!me) return;
            queryClient.setQueryData(['auth', 'me'], me);
            onSignedIn(me);
          });
        }}
      />
    );
  }
  return <AuthenticatorSetup setup={begin.data} loading={enable.isPending} error={enable.error} onConfirm={(code, fail) => enable.mutate({ token, code }, { onError: fail })} />;
}
