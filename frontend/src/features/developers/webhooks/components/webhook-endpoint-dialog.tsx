import { useState, type FormEvent } from 'react';
import { useCreateWebhookEndpoint, type WebhookEndpointInput } from '@/features/developers/webhooks/api/create-webhook-endpoint';
import { useWebhookEventTypes } from '@/features/developers/webhooks/api/get-webhook-event-types';
import { ShownSecret } from '@/features/developers/webhooks/components/shown-secret';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Checkbox, InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Spinner } from '@/components/ui/states';
import { ApiError, errorMessage } from '@/lib/api-error';

type EventType = WebhookEndpointInput['event_types'][number];

/** Register an endpoint: its address, a note, and the events it wants; then its secret, shown once. */
export function WebhookEndpointDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const eventTypes = useWebhookEventTypes();
  const create = useCreateWebhookEndpoint();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<EventType[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const fieldError = (name: string) => (create.error instanceof ApiError ? create.error.fieldError(name) : undefined);

  function close() {
    setUrl('');
    setDescription('');
    setChosen([]);
    setSecret(null);
    create.reset();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ url, description: description || null, event_types: chosen }, { onSuccess: (endpoint) => setSecret(endpoint.signing_secret) });
  }

  function toggle(type: EventType, on: boolean) {
    setChosen((current) => (on ? [...current, type] : current.filter((item) => item !== type)));
  }

  return (
    <Dialog open={open} onClose={close} title={secret ? 'Endpoint added' : 'Add a webhook endpoint'}>
      {secret ? (
        <ShownSecret secret={secret} onDone={close} />
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
          <FormAlert message={create.error && !(create.error instanceof ApiError && Object.keys(create.error.fields).length) ? errorMessage(create.error) : undefined} />
          <InputField label="Address (URL)" type="url" required placeholder="https://example.com/fitnesscrm" value={url} onChange={(e) => setUrl(e.target.value)} error={fieldError('url')} />
          <InputField label="Description (optional)" maxLength={200} value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError('description')} />
          <fieldset className="flex flex-col">
            <legend className="mb-1 text-sm font-medium">Events to send</legend>
            {eventTypes.isPending ? (
              <Spinner label="Loading events…" />
            ) : (
              (eventTypes.data ?? []).map((type) => (
                <Checkbox key={type.type} label={type.label} checked={chosen.includes(type.type as EventType)} onChange={(e) => toggle(type.type as EventType, e.target.checked)} />
              ))
            )}
            {fieldError('event_types') ? <p className="text-sm text-danger">{fieldError('event_types')}</p> : null}
          </fieldset>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!url || chosen.length === 0}>
              Add endpoint
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
