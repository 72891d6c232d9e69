import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeMessage } from '@/features/messages/api/chat-cache';
import type { Message } from '@/features/messages/api/get-messages';
import { api, unwrap } from '@/lib/api-client';

const where = (message: Message) => ({ path: { thread_id: message.thread_id, message_id: message.id } });

export async function editMessage({ message, body }: { message: Message; body: string }): Promise<Message> {
  return unwrap(await api.PATCH('/api/threads/{thread_id}/messages/{message_id}', { params: where(message), body: { body } })) as Message;
}

export async function deleteMessage(message: Message): Promise<Message> {
  return unwrap(await api.DELETE('/api/threads/{thread_id}/messages/{message_id}', { params: where(message) })) as Message;
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
