import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeUnread } from '@/features/messages/api/chat-cache';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ReadResult = components['schemas']['ReadResult'];

export async function markRead({ threadId, messageId }: { threadId: number; messageId: number }): Promise<ReadResult> {
  return unwrap(await api.POST('/api/threads/{thread_id}/read', { params: { path: { thread_id: threadId } }, body: { message_id: messageId } }));
}

/** Marks a conversation read up to a message; the badges follow from the answer. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: (read) => storeUnread(queryClient, { thread_id: read.thread_id, unread_count: read.unread_count, total: read.total_unread }),
  });
}
