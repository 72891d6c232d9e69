import { useQuery } from '@tanstack/react-query';
import type { Thread } from '@/features/messages/api/get-threads';
import { api, unwrap } from '@/lib/api-client';

export const threadKey = (id: number) => ['threads', 'detail', id] as const;

export async function getThread(id: number): Promise<Thread> {
  return unwrap(await api.GET('/api/threads/{thread_id}', { params: { path: { thread_id: id } } })) as Thread;
}

/** One conversation: its title as the reader sees it, members and how far each has read. */
export function useThread(id: number) {
  return useQuery({ queryKey: threadKey(id), queryFn: () => getThread(id), enabled: Number.isFinite(id) && id > 0 });
}
