import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeMessage } from '@/features/messages/api/chat-cache';
import type { Message } from '@/features/messages/api/get-messages';
import { api, unwrap } from '@/lib/api-client';

export const MAX_MESSAGE_LENGTH = 4000;

export async function sendMessage({ threadId, body }: { threadId: number; body: string }): Promise<Message> {
  return unwrap(await api.POST('/api/threads/{thread_id}/messages', { params: { path: { thread_id: threadId } }, body: { body } })) as Message;
}

/** Posts a message; it shows at once from the answer (the room's copy of it is the same id). */
export function useSendMessage() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendMessage, onSuccess: (message) => storeMessage(queryClient, message) });
}
