import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeMessage } from '@/features/messages/api/chat-cache';
import { chatRequest } from '@/features/messages/api/chat-request';
import type { Message } from '@/features/messages/api/get-messages';

export function editMessage({ message, body }: { message: Message; body: string }): Promise<Message> {
  return chatRequest('PATCH', `/api/threads/${message.thread_id}/messages/${message.id}`, { body });
}

export function deleteMessage(message: Message): Promise<Message> {
  return chatRequest('DELETE', `/api/threads/${message.thread_id}/messages/${message.id}`);
}

/** Changes one's own message; the previous wording is kept on the server and the message says "edited". */
export function useEditMessage() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: editMessage, onSuccess: (message) => storeMessage(queryClient, message) });
}

/** Deletes a message (its author, or an owner or admin): it stays in place as "This message was deleted". */
export function useDeleteMessage() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteMessage, onSuccess: (message) => storeMessage(queryClient, message) });
}
