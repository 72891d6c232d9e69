import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeMessage } from '@/features/messages/api/chat-cache';
import { chatRequest } from '@/features/messages/api/chat-request';
import type { Message } from '@/features/messages/api/get-messages';

export const MAX_MESSAGE_LENGTH = 4000;

export function sendMessage({ threadId, body }: { threadId: number; body: string }): Promise<Message> {
  return chatRequest('POST', `/api/threads/${threadId}/messages`, { body });
}

/** Posts a message; it shows at once from the answer (the room's copy of it is the same id). */
export function useSendMessage() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendMessage, onSuccess: (message) => storeMessage(queryClient, message) });
}
