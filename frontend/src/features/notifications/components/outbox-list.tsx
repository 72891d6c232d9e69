import { useRetryOutboxMessage } from '@/features/notifications/api/retry-outbox-message';
import { useOutbox, type OutboxMessage } from '@/features/notifications/api/get-outbox';
import { emptyOutboxTitle, FILTER_STATUSES, outboxTimes, STATUS_LABELS } from '@/features/notifications/components/outbox-words';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FilterSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { toQuery } from '@/lib/list-params';
import { useListParams } from '@/lib/use-list-params';

const DEFAULTS = { status: '' };
const FILTERS = ['status'] as const;

/** One message in words: what and to whom, where it went, how it stands, and when. */
function OutboxRow({ message, timeZone, retrying, onRetry }: { message: OutboxMessage; timeZone: string; retrying: boolean; onRetry: () => void }) {
  const status = STATUS_LABELS[message.status];
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4" data-testid="outbox-message">
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-semibold">{message.summary}</span>
          <Badge tone={status.tone}>{status.label}</Badge>
        </p>
        {message.recipient_address ? <p className="break-all text-muted">{message.recipient_address}</p> : null}
        {message.can_retry ? <p className="mt-1 break-words">{message.status_text}</p> : null}
        <p className="mt-1 text-xs text-muted">{outboxTimes(message, timeZone)}</p>
      </div>
      {message.can_retry ? (
        <Button variant="secondary" className="self-start" loading={retrying} onClick={onRetry} aria-label={`Retry: ${message.summary}`}>
          Retry
        </Button>
      ) : null}
    </li>
  );
}

/** The studio's outgoing messages, filtered by status, with Retry on those that failed or were given up. */
export function OutboxList({ timeZone }: { timeZone: string }) {
  const { state, update } = useListParams(DEFAULTS, FILTERS);
  const outbox = useOutbox(toQuery(state));
  const retry = useRetryOutboxMessage();
  const toast = useToast();

  function sendAgain(message: OutboxMessage) {
    retry.mutate(message.id, {
      onSuccess: () => toast.success(`${message.summary} will be sent again.`),
      onError: (error) => toast.error(errorMessage(error)),
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <FilterSelect label="Status" value={state.status} onChange={(status) => update({ status })}>
          <option value="">All messages</option>
          {FILTER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status].filter}
            </option>
          ))}
        </FilterSelect>
      </div>
      {outbox.isPending ? (
        <Spinner label="Loading the outbox…" />
      ) : outbox.isError ? (
        <ErrorState error={outbox.error} onRetry={() => outbox.refetch()} />
      ) : outbox.data.items.length === 0 ? (
        <EmptyState title={emptyOutboxTitle(state.status)}>Emails appear here as the studio sends them: invitations, password links, welcomes.</EmptyState>
      ) : (
        <Card>
          <ul aria-label="Outgoing messages" className="flex flex-col divide-y divide-border">
            {outbox.data.items.map((message) => (
              <OutboxRow key={message.id} message={message} timeZone={timeZone} retrying={retry.isPending && retry.variables === message.id} onRetry={() => sendAgain(message)} />
            ))}
          </ul>
          <ListFooter meta={outbox.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
        </Card>
      )}
    </div>
  );
}
