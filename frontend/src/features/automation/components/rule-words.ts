import type { Rule } from '@/features/automation/api/get-rules';

const STEP_WORDS: Record<string, string> = {
  send_email: 'email',
  send_sms: 'text',
  send_push: 'push notification',
  create_task: 'task',
  add_tag: 'tag added',
  remove_tag: 'tag removed',
  call_webhook: 'webhook call',
};

/** The steps in a few words: "Email, wait 3 days, task, wait 4 days, email". */
export function stepsText(steps: Rule['steps']): string {
  const words = steps.map((step) => {
    if (step.type === 'wait') {
      const unit = step.amount === 1 ? (step.unit ?? 'days').replace(/s$/, '') : step.unit;
      return `wait ${step.amount} ${unit}`;
    }
    return STEP_WORDS[step.type] ?? step.type;
  });
  const text = words.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The rule's figures in one line: "12 triggered · 10 messages sent, 9 delivered · 3 booked within 7 days". */
export function analyticsText(analytics: Rule['analytics']): string {
  if (!analytics) return '';
  const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
  return [
    `${analytics.triggered.toLocaleString('en-GB')} triggered`,
    `${plural(analytics.messages_sent, 'message', 'messages')} sent, ${analytics.messages_delivered.toLocaleString('en-GB')} delivered`,
    `${analytics.conversions.toLocaleString('en-GB')} booked within 7 days`,
  ].join(' · ');
}
