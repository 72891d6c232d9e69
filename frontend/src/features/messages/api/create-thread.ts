import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeThread } from '@/features/messages/api/chat-cache';
import type { Thread } from '@/features/messages/api/get-threads';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type GroupInput = components['schemas']['GroupCreate'];

export async function createThread(input: GroupInput): Promise<Thread> {
  return unwrap(await api.POST('/api/threads', { body: input })) as Thread;
}

/** Starts a group conversation (staff): a title and who is in it besides oneself. */
export function useCreateThread() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createThread, onSuccess: (thread) => storeThread(queryClient, thread) });
}
