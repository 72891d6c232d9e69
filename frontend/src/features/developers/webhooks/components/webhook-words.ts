import type { WebhookDelivery } from '@/features/developers/webhooks/api/get-webhook-deliveries';
import { formatDateTime } from '@/lib/format';

type Tone = 'neutral' | 'primary' | 'success' | 'danger' | 'warning';

/** Each delivery status as the log names it. */
export const DELIVERY_LABELS: Record<WebhookDelivery['status'], { label: string; tone: Tone }> = {
  pending: { label: 'Waiting', tone: 'neutral' },
  sending: { label: 'Sending', tone: 'primary' },
  delivered: { label: 'Delivered', tone: 'success' },
  failed: { label: 'Failed, will retry', tone: 'warning' },
  dead: { label: 'Gave up', tone: 'danger' },
};

/** What the receiver said on the last try: its status code and how long it took, or why there was no answer. */
export function answerText(delivery: Pick<WebhookDelivery, 'attempts' | 'last_status_code' | 'last_duration_ms' | 'last_error'>): string {
  if (!delivery.attempts) return 'Not tried yet.';
  const tries = delivery.attempts === 1 ? '1 try' : `${delivery.attempts} tries`;
  if (delivery.last_status_code !== null) {
    const took = delivery.last_duration_ms !== null ? ` in ${delivery.last_duration_ms} ms` : '';
    return `Answered ${delivery.last_status_code}${took} (${tries}).`;
  }
  return `No answer (${tries}): ${delivery.last_error ?? 'the request failed.'}`;
}

/** When a delivery was made, delivered, or is tried next, in the reader's zone. */
export function deliveryTimes(delivery: Pick<WebhookDelivery, 'status' | 'created_at' | 'delivered_at' | 'next_attempt_at'>, timeZone?: string): string {
  const parts = [`Event ${formatDateTime(delivery.created_at, timeZone)}`];
  if (delivery.delivered_at) parts.push(`delivered ${formatDateTime(delivery.delivered_at, timeZone)}`);
  if (delivery.status === 'failed' && delivery.next_attempt_at) parts.push(`next try ${formatDateTime(delivery.next_attempt_at, timeZone)}`);
  return parts.join(' · ');
}
