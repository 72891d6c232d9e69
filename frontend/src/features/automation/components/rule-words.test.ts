import { describe, expect, it } from 'vitest';
import { analyticsText, stepsText } from '@/features/automation/components/rule-words';

describe('rule words', () => {
  it('reads the steps as a sequence', () => {
    expect(
      stepsText([
        { type: 'send_email', subject: 'Hi', body: 'Hello' },
        { type: 'wait', amount: 3, unit: 'days' },
        { type: 'create_task', title: 'Call' },
        { type: 'wait', amount: 1, unit: 'hours' },
        { type: 'add_tag', tag: 'x' },
      ]),
    ).toBe('Email, wait 3 days, task, wait 1 hour, tag added');
  });

  it('reads the analytics in a line', () => {
    const line = analyticsText({ triggered: 12, messages_sent: 1, messages_delivered: 1, messages_failed: 0, opened: null, clicked: null, conversions: 3 });
    expect(line).toBe('12 triggered · 1 message sent, 1 delivered · 3 booked within 7 days');
  });
});
