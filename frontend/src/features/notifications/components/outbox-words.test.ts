import { describe, expect, it } from 'vitest';
import { emptyOutboxTitle, outboxTimes } from '@/features/notifications/components/outbox-words';
import { formatDateTime } from '@/lib/format';

const created = '2030-03-01T09:00:00Z';
const later = '2030-03-01T09:32:00Z';

describe('outboxTimes', () => {
  it('says when a sent message was queued and sent, in the reader’s zone', () => {
    const text = outboxTimes({ status: 'sent', created_at: created, sent_at: later, next_attempt_at: null }, 'Asia/Tokyo');
    expect(text).toBe(`Queued ${formatDateTime(created, 'Asia/Tokyo')} · sent ${formatDateTime(later, 'Asia/Tokyo')}`);
    expect(text).not.toBe(outboxTimes({ status: 'sent', created_at: created, sent_at: later, next_attempt_at: null }, 'UTC'));
  });

  it('names the next try of a failed message only', () => {
    expect(outboxTimes({ status: 'failed', created_at: created, sent_at: null, next_attempt_at: later }, 'UTC')).toBe(
      `Queued ${formatDateTime(created, 'UTC')} · next try ${formatDateTime(later, 'UTC')}`,
    );
    expect(outboxTimes({ status: 'dead', created_at: created, sent_at: null, next_attempt_at: later }, 'UTC')).toBe(`Queued ${formatDateTime(created, 'UTC')}`);
  });
});

describe('emptyOutboxTitle', () => {
  it('fits the filter chosen', () => {
    expect(emptyOutboxTitle('dead')).toBe('No message was given up');
    expect(emptyOutboxTitle('')).toBe('No messages yet');
  });
});
