import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeUnread } from '@/features/messages/api/chat-cache';
import { chatRequest } from '@/features/messages/api/chat-request';

export type ReadResult = { thread_id: number; unread_count: number; total_unread: number };

export function markRead({ threadId, messageId }: { threadId: number; messageId: number }): Promise<ReadResult> {
  return chatRequest('POST', `/api/threads/${threadId}/read`, { message_id: messageId });
}

/** Marks a conversation read up to a message; the badges follow from the answer. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: (read) => storeUnread(queryClient, { thread_id: read.thread_id, unread_count: read.unread_count, total: read.total_unread }),
  });
}
