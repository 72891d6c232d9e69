import { useQuery } from '@tanstack/react-query';
import { getThreads, type Thread } from '@/features/messages/api/get-threads';

/** The client's conversation with their trainers, found among the threads by the client's name. */
export async function findClientThread(clientId: number, clientName: string): Promise<Thread | null> {
  const page = await getThreads({ q: clientName, perPage: 100 });
  return page.items.find((thread) => thread.client_id === clientId) ?? null;
}

export function useClientThread(clientId: number, clientName: string | undefined) {
  return useQuery({ queryKey: ['threads', 'client', clientId], queryFn: () => findClientThread(clientId, clientName ?? ''), enabled: !!clientName });
}
