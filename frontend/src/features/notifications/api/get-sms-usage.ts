import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SmsUsageMonth = components['schemas']['UsageMonth'];

export const smsUsageKey = (months: number) => ['sms', 'usage', months] as const;

export async function getSmsUsage(months: number): Promise<SmsUsageMonth[]> {
  const usage = unwrap(await api.GET('/api/sms/usage', { params: { query: { months } } }));
  return usage.months as SmsUsageMonth[];
}

/** Texts sent, delivered, failed and received per month in the studio's zone, newest first (owners and admins). */
export function useSmsUsage(months: number) {
  return useQuery({ queryKey: smsUsageKey(months), queryFn: () => getSmsUsage(months) });
}
