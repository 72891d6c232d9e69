import { describe, expect, it } from 'vitest';
import { answerText, deliveryTimes } from '@/features/developers/webhooks/components/webhook-words';

describe('answerText', () => {
  it('says the status code and time of an answer', () => {
    expect(answerText({ attempts: 1, last_status_code: 200, last_duration_ms: 42, last_error: null })).toBe('Answered 200 in 42 ms (1 try).');
  });
  it('says why there was no answer', () => {
    expect(answerText({ attempts: 3, last_status_code: null, last_duration_ms: null, last_error: 'The receiver refused the connection.' })).toBe(
      'No answer (3 tries): The receiver refused the connection.',
    );
  });
  it('says when nothing was tried', () => {
    expect(answerText({ attempts: 0, last_status_code: null, last_duration_ms: null, last_error: null })).toBe('Not tried yet.');
  });
});

describe('deliveryTimes', () => {
  it('names the next try of a failing delivery in the reader zone', () => {
    const text = deliveryTimes({ status: 'failed', created_at: '2026-03-02T09:00:00Z', delivered_at: null, next_attempt_at: '2026-03-02T09:03:00Z' }, 'Europe/London');
    expect(text).toContain('next try');
    expect(text).not.toContain('2026-03-02T');
  });
});
