import { useQuery } from '@tanstack/react-query';
import { chatRequest } from '@/features/messages/api/chat-request';
import type { Thread } from '@/features/messages/api/get-threads';

export const threadKey = (id: number) => ['threads', 'detail', id] as const;

export function getThread(id: number): Promise<Thread> {
  return chatRequest('GET', `/api/threads/${id}`);
}

/** One conversation: its title as the reader sees it, members and how far each has read. */
export function useThread(id: number) {
  return useQuery({ queryKey: threadKey(id), queryFn: () => getThread(id), enabled: Number.isFinite(id) && id > 0 });
}
