import type { SmsUsageMonth } from '@/features/notifications/api/get-sms-usage';

function texts(count: number): string {
  return count === 1 ? '1 text' : `${count.toLocaleString()} texts`;
}

/** "12 texts sent, 10 delivered, 1 failed; 3 received." for one month's counts. */
export function usageSentence(month: Pick<SmsUsageMonth, 'sent' | 'delivered' | 'failed' | 'received'>): string {
  if (!month.sent && !month.received && !month.failed) return 'No texts sent or received yet.';
  const parts = [`${texts(month.sent)} sent`, `${month.delivered.toLocaleString()} delivered`];
  if (month.failed) parts.push(`${month.failed.toLocaleString()} failed`);
  const received = month.received ? `; ${texts(month.received)} received` : '';
  return `${parts.join(', ')}${received}.`;
}

/** Whether this browser can receive push notifications at all (the push part's toggle subscribes it). */
export function browserCanPush(scope: { navigator?: Navigator; PushManager?: unknown; Notification?: unknown } = globalThis): boolean {
  return Boolean(scope.navigator && 'serviceWorker' in scope.navigator && scope.PushManager && scope.Notification);
}
