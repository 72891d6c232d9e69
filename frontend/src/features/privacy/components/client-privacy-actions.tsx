import { useState, type FormEvent } from 'react';
import { useEraseClient, useErasureStatus } from '@/features/privacy/api/erasure';
import { useExportClientData } from '@/features/privacy/api/export-data';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

/** The typed confirmation: the full name, compared as the server does (case and spacing ignored). */
export function sameName(typed: string, name: string): boolean {
  const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase().split(/\s+/).filter(Boolean).join(' ');
  return fold(typed) !== '' && fold(typed) === fold(name);
}

function EraseDialog({ clientId, name, onClose }: { clientId: number; name: string; onClose: () => void }) {
  const toast = useToast();
  const erase = useEraseClient();
  const [typed, setTyped] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    erase.mutate(
      { clientId, confirmation: typed },
      {
        onSuccess: () => {
          toast.success(`${name} is erased. Their invoices and payments are kept without their name.`);
          onClose();
        },
      },
    );
  }

  return (
    <Dialog open onClose={onClose} title={`Erase ${name}?`}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-3 text-sm">
        <p className="text-muted">
          This cannot be undone. Their name, contact details, notes, measurements, check-ins, workouts, photos, files and messages are deleted or
          blanked everywhere; their login stops working. Invoices and payments are kept, as the law requires, without their name.
        </p>
        <FormAlert message={formErrorMessage(erase.error)} />
        <InputField
          label={`Type “${name}” to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          error={serverFieldErrors(erase.error).confirmation}
        />
        <div className="mt-3 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" loading={erase.isPending} disabled={!sameName(typed, name)}>
            Erase for good
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** On a client's page: download their data (staff who see them), erase them (owners and admins). */
export function ClientPrivacyActions({ clientId, name }: { clientId: number; name: string }) {
  const toast = useToast();
  const exporting = useExportClientData();
  const status = useErasureStatus(clientId);
  const [erasing, setErasing] = useState(false);
  const download = () =>
    exporting.mutate({ clientId }, { onSuccess: (file) => toast.success(`Downloaded ${file}.`), onError: (error) => toast.error(errorMessage(error)) });
  return (
    <>
      <Button variant="secondary" loading={exporting.isPending} onClick={download}>
        Export data
      </Button>
      {status.data?.can_erase ? (
        <Button variant="danger" onClick={() => setErasing(true)}>
          Erase…
        </Button>
      ) : null}
      {erasing ? <EraseDialog clientId={clientId} name={name} onClose={() => setErasing(false)} /> : null}
    </>
  );
}
