import { useQuery } from '@tanstack/react-query';
import type { CheckInListPage } from '@/features/progress/api/get-client-check-ins';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CheckInQueueArgs = { status?: 'unreviewed' | 'reviewed' | 'all'; trainer_id?: number; page?: number };
export type OverdueCheckIn = components['schemas']['CheckInOverdue'];
export type OverduePage = { items: OverdueCheckIn[]; meta: components['schemas']['PageMeta'] };
export type CheckInSummary = components['schemas']['CheckInSummary'];

export async function getCheckInQueue(args: CheckInQueueArgs): Promise<CheckInListPage> {
  return unwrap(await api.GET('/api/check-ins', { params: { query: { ...args, per_page: 25 } } })) as CheckInListPage;
}

export function useCheckInQueue(args: CheckInQueueArgs) {
  return useQuery({ queryKey: ['progress', 'check-ins', 'queue', args], queryFn: () => getCheckInQueue(args) });
}

export async function getOverdueCheckIns(page = 1): Promise<OverduePage> {
  return unwrap(await api.GET('/api/check-ins/overdue', { params: { query: { page, per_page: 25 } } })) as OverduePage;
}

export function useOverdueCheckIns(page = 1) {
  return useQuery({ queryKey: ['progress', 'check-ins', 'overdue', page], queryFn: () => getOverdueCheckIns(page) });
}

export async function getCheckInSummary(): Promise<CheckInSummary> {
  return unwrap(await api.GET('/api/check-ins/summary'));
}

/** Unreviewed check-ins and overdue clients, for the navigation's badge; refreshed every few minutes. */
export function useCheckInSummary({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: ['progress', 'check-ins', 'summary'], queryFn: getCheckInSummary, enabled, staleTime: 60_000, refetchInterval: 300_000 });
}
