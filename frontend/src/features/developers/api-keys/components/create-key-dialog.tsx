import { useState, type FormEvent } from 'react';
import { useCreateApiKey, type ApiKeyInput, type CreatedApiKey } from '@/features/developers/api-keys/api/create-api-key';
import { useScopeCatalogue } from '@/features/developers/api-keys/api/get-scope-catalogue';
import { EXPIRY_CHOICES, expiryFrom } from '@/features/developers/api-keys/components/key-words';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Checkbox, InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useCopyText } from '@/components/ui/use-copy-text';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

/** Make a key: its name, scopes per resource and expiry; then the key itself, shown this once. */
export function CreateKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  function close() {
    setCreated(null);
    onClose();
  }
  return (
    <Dialog open={open} onClose={close} title={created ? `Your new key “${created.name}”` : 'Make an API key'}>
      {created ? <ShownOnceKey created={created} onDone={close} /> : <KeyForm onCreated={setCreated} onCancel={close} />}
    </Dialog>
  );
}

function KeyForm({ onCreated, onCancel }: { onCreated: (key: CreatedApiKey) => void; onCancel: () => void }) {
  const catalogue = useScopeCatalogue();
  const create = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Set<string>>(new Set());
  const [expiry, setExpiry] = useState('');
  const errors = serverFieldErrors(create.error);

  function toggle(scope: string, on: boolean) {
    setScopes((current) => {
      const next = new Set(current);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ name, scopes: [...scopes] as ApiKeyInput['scopes'], expires_at: expiryFrom(expiry) }, { onSuccess: onCreated });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert message={formErrorMessage(create.error)} />
      <InputField label="Name" hint="What the key is for, e.g. Zapier or the website's sign-up form." value={name} maxLength={80} onChange={(event) => setName(event.target.value)} error={errors.name} required />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium">What it may do</legend>
        <p className="text-sm text-muted">Write includes read. Give a key only what its integration needs.</p>
        {catalogue.isPending ? (
          <Spinner label="Loading scopes…" />
        ) : catalogue.isError ? (
          <ErrorState error={catalogue.error} onRetry={() => catalogue.refetch()} />
        ) : (
          <ul className="mt-1 flex flex-col divide-y divide-border rounded-lg border border-border">
            {catalogue.data.map((group) => (
              <li key={group.resource} className="flex flex-wrap items-center justify-between gap-x-4 px-3 py-1">
                <span className="text-sm" id={`scope-group-${group.resource}`}>
                  {group.label}
                </span>
                <span className="flex gap-4" role="group" aria-labelledby={`scope-group-${group.resource}`}>
                  {group.scopes.map((scope) => (
                    <Checkbox
                      key={scope.scope}
                      label={scope.label}
                      aria-label={`${group.label}: ${scope.label.toLowerCase()}`}
                      checked={scopes.has(scope.scope)}
                      onChange={(event) => toggle(scope.scope, event.target.checked)}
                    />
                  ))}
                </span>
              </li>
            ))}
          </ul>
        )}
        {errors.scopes ? (
          <p className="text-sm text-danger" role="alert">
            {errors.scopes}
          </p>
        ) : null}
      </fieldset>
      <SelectField label="Expires" value={expiry} onChange={(event) => setExpiry(event.target.value)} error={errors.expires_at}>
        {EXPIRY_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Make key
        </Button>
      </div>
    </form>
  );
}

/** The one moment the key is known: copy it now, it cannot be shown again. */
function ShownOnceKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const { box, copy } = useCopyText('Key');


  return (
    <div ref={box} className="flex flex-col gap-3">
      <div className="rounded-lg border border-primary bg-primary-soft p-3 text-sm text-primary-text" role="alert">
        <p className="font-semibold">Copy this key now: it is shown only once.</p>
        <p className="mt-1">FitnessCRM keeps only a fingerprint of it. Store it where your integration keeps its secrets; if it is lost, revoke it and make another.</p>
      </div>
      <InputField label="API key" readOnly value={created.key} onFocus={(event) => event.target.select()} className="font-mono text-xs sm:text-xs" data-testid="shown-once-key" />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={() => copy(created.key)}>
          Copy key
        </Button>
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
