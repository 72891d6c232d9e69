import { useState } from 'react';
import { useWebhookDeliveries, type WebhookDelivery } from '@/features/developers/webhooks/api/get-webhook-deliveries';
import { useReplayWebhookDelivery } from '@/features/developers/webhooks/api/replay-webhook-delivery';
import { answerText, DELIVERY_LABELS, deliveryTimes } from '@/features/developers/webhooks/components/webhook-words';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

function DeliveryRow({ delivery, timeZone, replaying, onReplay }: { delivery: WebhookDelivery; timeZone: string; replaying: boolean; onReplay: () => void }) {
  const status = DELIVERY_LABELS[delivery.status];
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4" data-testid="webhook-delivery">
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-semibold">{delivery.event_label}</span>
          <Badge tone={status.tone}>{status.label}</Badge>
        </p>
        <p className="mt-1 break-words">{answerText(delivery)}</p>
        {delivery.last_response_excerpt ? <p className="mt-1 break-all font-mono text-xs text-muted">{delivery.last_response_excerpt}</p> : null}
        <p className="mt-1 text-xs text-muted">{deliveryTimes(delivery, timeZone)}</p>
      </div>
      {delivery.can_replay ? (
        <Button variant="secondary" className="self-start" loading={replaying} onClick={onReplay} aria-label={`Send again: ${delivery.event_label}`}>
          Send again
        </Button>
      ) : null}
    </li>
  );
}

/** An endpoint's delivery log: each event's status and the receiver's answer, with Send again. */
export function WebhookDeliveries({ endpointId, timeZone }: { endpointId: number; timeZone: string }) {
  const [query, setQuery] = useState({ page: 1, per_page: 10 });
  const deliveries = useWebhookDeliveries(endpointId, query);
  const replay = useReplayWebhookDelivery();
  const toast = useToast();

  function sendAgain(delivery: WebhookDelivery) {
    replay.mutate(
      { endpointId, deliveryId: delivery.id },
      { onSuccess: () => toast.success(`${delivery.event_label}: it will be sent again now.`), onError: (error) => toast.error(errorMessage(error)) },
    );
  }

  if (deliveries.isPending) return <Spinner label="Loading the delivery log…" />;
  if (deliveries.isError) return <ErrorState error={deliveries.error} onRetry={() => deliveries.refetch()} />;
  if (deliveries.data.items.length === 0) {
    return (
      <EmptyState compact title="Nothing sent yet">
        Events appear here as they happen. Send a test event to try the receiver now.
      </EmptyState>
    );
  }
  return (
    <div>
      <ul aria-label="Delivery log" className="flex flex-col divide-y divide-border">
        {deliveries.data.items.map((delivery) => (
          <DeliveryRow
            key={delivery.id}
            delivery={delivery}
            timeZone={timeZone}
            replaying={replay.isPending && replay.variables?.deliveryId === delivery.id}
            onReplay={() => sendAgain(delivery)}
          />
        ))}
      </ul>
      <ListFooter meta={deliveries.data.meta} onPage={(page) => setQuery((q) => ({ ...q, page }))} onPerPage={(per_page) => setQuery({ page: 1, per_page })} />
    </div>
  );
}
