import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useCopyText } from '@/components/ui/use-copy-text';
import type { components } from '@/lib/api-schema';
import { formErrorMessage, hasErrors, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';

type Setup = components['schemas']['TwoFactorSetup'];

/** The QR code as an image: drawn by the server as SVG, shown through a data: URL (the CSP allows data: images). */
export function qrImageSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A field for a code from the authenticator app (or a recovery code, where `recovery` says so). */
export function CodeField({ value, onChange, error, recovery = false }: { value: string; onChange: (value: string) => void; error?: string; recovery?: boolean }) {
  return (
    <InputField
      label={recovery ? 'Code from your app, or a recovery code' : 'Code from your app'}
      autoComplete="one-time-code"
      inputMode={recovery ? 'text' : 'numeric'}
      maxLength={32}
      hint={recovery ? 'Six digits; or one of your recovery codes, if you do not have your phone.' : 'The six digits it shows now.'}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      autoFocus
    />
  );
}

/** Scan this, then confirm with a code: the QR code, the secret to type by hand, and the code form. */
export function AuthenticatorSetup({ setup, loading, error, onConfirm }: { setup: Setup; loading: boolean; error: unknown; onConfirm: (code: string, fail: (error: unknown) => void) => void }) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const { box, copy } = useCopyText('Key');

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate({ code }, { code: [required('Code')] });
    setErrors(found);
    if (hasErrors(found)) return;
    onConfirm(code.trim(), (failure) => setErrors(serverFieldErrors(failure)));
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>Open an authenticator app on your phone (Google Authenticator, 1Password, Authy, Microsoft Authenticator…).</li>
        <li>Scan this QR code with it, or type the key below.</li>
        <li>Enter the six-digit code the app shows.</li>
      </ol>
      <img src={qrImageSource(setup.qr_svg)} alt="QR code to scan with your authenticator app" className="mx-auto h-48 w-48 rounded-lg bg-white p-2" />
      <div ref={box} className="flex items-end gap-2">
        <InputField label="Key (if you cannot scan)" value={setup.secret.replace(/(.{4})/g, '$1 ').trim()} readOnly wrapperClassName="flex-1" className="font-mono" />
        <Button variant="secondary" onClick={() => void copy(setup.secret)}>
          Copy
        </Button>
      </div>
      <FormAlert message={hasErrors(errors) ? undefined : formErrorMessage(error)} />
      <CodeField value={code} onChange={setCode} error={errors.code} />
      <Button type="submit" loading={loading}>
        Turn on two-factor sign-in
      </Button>
    </form>
  );
}

/** The ten recovery codes, shown once, with a way to copy or download them. */
export function RecoveryCodeList({ codes, onDone, doneLabel }: { codes: string[]; onDone: () => void; doneLabel: string }) {
  const { copy } = useCopyText('Recovery codes');
  const text = codes.join('\n');
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(`FitnessCRM recovery codes\nEach works once, in place of a code from your app.\n\n${text}\n`)}`;
  return (
    <div className="flex flex-col gap-4" data-testid="recovery-codes">
      <p role="status" className="text-sm">
        Save these recovery codes somewhere safe (a password manager, or printed). Each lets you sign in once if you lose your phone. <strong>They are shown only now.</strong>
      </p>
      <ul className="grid grid-cols-2 gap-2 rounded-lg border border-border bg-surface-muted p-3 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => void copy(text)}>
          Copy codes
        </Button>
        <a href={download} download="fitnesscrm-recovery-codes.txt" className="inline-flex items-center rounded-lg border border-border px-3 py-2 text-sm font-semibold hover:bg-surface-muted">
          Download as a file
        </a>
      </div>
      <Button onClick={onDone}>{doneLabel}</Button>
    </div>
  );
}
