import type { OutboxMessage, OutboxStatus } from '@/features/notifications/api/get-outbox';
import { formatDateTime } from '@/lib/format';

type Tone = 'neutral' | 'primary' | 'success' | 'danger' | 'warning';

/** Each status as the outbox screen names it, in the order its filter offers them. */
export const STATUS_LABELS: Record<OutboxStatus, { label: string; filter: string; tone: Tone }> = {
  pending: { label: 'Waiting', filter: 'Waiting to be sent', tone: 'neutral' },
  sending: { label: 'Sending', filter: 'Being sent', tone: 'primary' },
  sent: { label: 'Sent', filter: 'Sent', tone: 'success' },
  failed: { label: 'Failed', filter: 'Failed (will try again)', tone: 'warning' },
  dead: { label: 'Gave up', filter: 'Gave up', tone: 'danger' },
};

/** The statuses the filter offers; `sending` lasts seconds, so it shows only under "All". */
export const FILTER_STATUSES: OutboxStatus[] = ['pending', 'sent', 'failed', 'dead'];

/** When a message was queued and sent, or when it will be tried next, in the reader's zone. */
export function outboxTimes(message: Pick<OutboxMessage, 'status' | 'created_at' | 'sent_at' | 'next_attempt_at'>, timeZone?: string): string {
  const parts = [`Queued ${formatDateTime(message.created_at, timeZone)}`];
  if (message.sent_at) parts.push(`sent ${formatDateTime(message.sent_at, timeZone)}`);
  if (message.status === 'failed' && message.next_attempt_at) parts.push(`next try ${formatDateTime(message.next_attempt_at, timeZone)}`);
  return parts.join(' · ');
}

/** What the list shows when it is empty, for the status chosen (or none). */
export function emptyOutboxTitle(status: string): string {
  const words: Record<string, string> = { pending: 'Nothing is waiting to be sent', sent: 'Nothing has been sent yet', failed: 'No message is failing', dead: 'No message was given up' };
  return words[status] ?? 'No messages yet';
}
