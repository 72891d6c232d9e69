import type { Campaign, CampaignStatus } from '@/features/campaigns/api/get-campaigns';
import { formatDateTime } from '@/lib/format';

type Tone = 'neutral' | 'primary' | 'success' | 'danger' | 'warning';

export const STATUS_LABELS: Record<CampaignStatus, { label: string; tone: Tone }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  scheduled: { label: 'Scheduled', tone: 'primary' },
  sending: { label: 'Sending', tone: 'warning' },
  sent: { label: 'Sent', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
};

/** "3 of 40 (8%)": a part of a whole, with its share when there is a whole. */
export function share(part: number, whole: number): string {
  if (!whole) return `${part.toLocaleString()}`;
  return `${part.toLocaleString()} of ${whole.toLocaleString()} (${Math.round((part / whole) * 100)}%)`;
}

/** When a campaign went, goes or was stopped, in the reader's zone. */
export function campaignWhen(campaign: Campaign, timeZone: string): string {
  switch (campaign.status) {
    case 'draft':
      return `Draft, last changed ${formatDateTime(campaign.updated_at, timeZone)}`;
    case 'scheduled':
      return `Goes out ${formatDateTime(campaign.scheduled_at, timeZone)}`;
    case 'sending':
      return campaign.decide_at && !campaign.winner
        ? `Testing subjects; the winner goes to the rest ${formatDateTime(campaign.decide_at, timeZone)}`
        : `Sending since ${formatDateTime(campaign.started_at, timeZone)}`;
    case 'sent':
      return `Sent ${formatDateTime(campaign.sent_at, timeZone)}`;
    case 'cancelled':
      return `Cancelled ${formatDateTime(campaign.cancelled_at, timeZone)}`;
  }
}

/**
 * A datetime-local value (2030-03-04T07:00) read as wall-clock time in `timeZone`, as an ISO instant;
 * null when it is not a date and time.
 */
export function wallClockToInstant(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offset = (instant: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
        .formatToParts(new Date(instant))
        .map((part) => [part.type, Number(part.value)]),
    );
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - Math.floor(instant / 60_000) * 60_000;
  };
  const guess = wall - offset(wall);
  return new Date(wall - offset(guess)).toISOString();
}
