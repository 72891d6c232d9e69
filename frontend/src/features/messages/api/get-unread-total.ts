import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export const unreadTotalKey = ['threads', 'unread-count'] as const;

export async function getUnreadTotal(): Promise<{ total: number }> {
  return unwrap(await api.GET('/api/threads/unread-count'));
}

/** Messages not yet read across every conversation, for the navigation's badge (kept live by the socket). */
export function useUnreadTotal() {
  return useQuery({ queryKey: unreadTotalKey, queryFn: getUnreadTotal, staleTime: 5 * 60_000, select: (data) => data.total });
}
