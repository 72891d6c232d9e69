import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeThread } from '@/features/messages/api/chat-cache';
import { chatRequest } from '@/features/messages/api/chat-request';
import type { Thread } from '@/features/messages/api/get-threads';

export type GroupInput = { title: string; member_user_ids: number[] };

export function createThread(input: GroupInput): Promise<Thread> {
  return chatRequest('POST', '/api/threads', input);
}

/** Starts a group conversation (staff): a title and who is in it besides oneself. */
export function useCreateThread() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createThread, onSuccess: (thread) => storeThread(queryClient, thread) });
}
