import { useState } from 'react';
import { useDeleteWebhookEndpoint } from '@/features/developers/webhooks/api/delete-webhook-endpoint';
import { useWebhookEndpoints, type WebhookEndpoint } from '@/features/developers/webhooks/api/get-webhook-endpoints';
import { useRollWebhookSecret } from '@/features/developers/webhooks/api/roll-webhook-secret';
import { useSendWebhookTest } from '@/features/developers/webhooks/api/send-webhook-test';
import { useUpdateWebhookEndpoint } from '@/features/developers/webhooks/api/update-webhook-endpoint';
import { ShownSecret } from '@/features/developers/webhooks/components/shown-secret';
import { WebhookDeliveries } from '@/features/developers/webhooks/components/webhook-deliveries';
import { WebhookEndpointDialog } from '@/features/developers/webhooks/components/webhook-endpoint-dialog';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formatDateTime } from '@/lib/format';

/** One endpoint: where it sends, which events, whether it is on (and why not), its actions and delivery log. */
function EndpointCard({ endpoint, timeZone }: { endpoint: WebhookEndpoint; timeZone: string }) {
  const toast = useToast();
  const [showLog, setShowLog] = useState(false);
  const [confirm, setConfirm] = useState<'delete' | 'roll' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const update = useUpdateWebhookEndpoint();
  const remove = useDeleteWebhookEndpoint();
  const roll = useRollWebhookSecret();
  const test = useSendWebhookTest();
  const onError = (error: unknown) => toast.error(errorMessage(error));

  function sendTest() {
    test.mutate(endpoint.id, {
      onSuccess: () => {
        setShowLog(true);
        toast.success('Test event sent: its answer appears in the delivery log.');
      },
      onError,
    });
  }

  return (
    <Card data-testid="webhook-endpoint">
      <div className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <p className="flex flex-wrap items-center gap-2">
            <span className="break-all font-semibold">{endpoint.url}</span>
            <Badge tone={endpoint.enabled ? 'success' : 'danger'}>{endpoint.enabled ? 'On' : 'Off'}</Badge>
          </p>
          {endpoint.description ? <p className="text-sm text-muted">{endpoint.description}</p> : null}
          <p className="text-sm">Sends: {endpoint.event_labels.join('; ')}.</p>
          {!endpoint.enabled && endpoint.disabled_reason ? (
            <p className="text-sm text-danger" data-testid="disabled-reason">
              Turned off {formatDateTime(endpoint.disabled_at, timeZone)}. {endpoint.disabled_reason}
            </p>
          ) : null}
        </div>
        {secret ? <ShownSecret secret={secret} onDone={() => setSecret(null)} /> : null}
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setShowLog((open) => !open)} aria-expanded={showLog}>
            {showLog ? 'Hide delivery log' : 'Delivery log'}
          </Button>
          {endpoint.enabled ? (
            <Button variant="secondary" loading={test.isPending} onClick={sendTest}>
              Send test event
            </Button>
          ) : null}
          <Button
            variant="secondary"
            loading={update.isPending}
            onClick={() => update.mutate({ id: endpoint.id, enabled: !endpoint.enabled }, { onError })}
          >
            {endpoint.enabled ? 'Turn off' : 'Turn on'}
          </Button>
          <Button variant="secondary" onClick={() => setConfirm('roll')}>
            Roll secret
          </Button>
          <Button variant="ghost" onClick={() => setConfirm('delete')}>
            Delete
          </Button>
        </div>
        {showLog ? <WebhookDeliveries endpointId={endpoint.id} timeZone={timeZone} /> : null}
      </div>
      <ConfirmDialog
        open={confirm === 'roll'}
        title="Roll the signing secret?"
        confirmLabel="Roll secret"
        loading={roll.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          roll.mutate(endpoint.id, {
            onSuccess: (rolled) => {
              setConfirm(null);
              setSecret(rolled.signing_secret);
            },
            onError,
          })
        }
      >
        A new secret is shown once. For the next 24 hours requests are signed with both the old and the new secret, so your receiver can switch over.
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'delete'}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        danger
        loading={remove.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={() => remove.mutate(endpoint.id, { onSuccess: () => toast.success('Endpoint deleted.'), onError })}
      >
        {endpoint.url} gets no more events, and its delivery log is deleted with it.
      </ConfirmDialog>
    </Card>
  );
}

/** The studio's webhook endpoints, with Add endpoint. */
export function WebhookEndpoints({ timeZone }: { timeZone: string }) {
  const [query, setQuery] = useState({ page: 1, per_page: 10 });
  const endpoints = useWebhookEndpoints(query);
  const [adding, setAdding] = useState(false);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex justify-end">
        <Button onClick={() => setAdding(true)}>Add endpoint</Button>
      </div>
      {endpoints.isPending ? (
        <Spinner label="Loading webhook endpoints…" />
      ) : endpoints.isError ? (
        <ErrorState error={endpoints.error} onRetry={() => endpoints.refetch()} />
      ) : endpoints.data.items.length === 0 ? (
        <EmptyState title="No webhook endpoints yet">Add an endpoint to have FitnessCRM tell another system when clients, sessions or payments change.</EmptyState>
      ) : (
        <>
          {endpoints.data.items.map((endpoint) => (
            <EndpointCard key={endpoint.id} endpoint={endpoint} timeZone={timeZone} />
          ))}
          <ListFooter meta={endpoints.data.meta} onPage={(page) => setQuery((q) => ({ ...q, page }))} onPerPage={(per_page) => setQuery({ page: 1, per_page })} />
        </>
      )}
      <WebhookEndpointDialog open={adding} onClose={() => setAdding(false)} />
    </div>
  );
}
