import { useQuery } from '@tanstack/react-query';
import { getThreads, type Thread } from '@/features/messages/api/get-threads';

/** The client's conversation with their trainers, or null while they have none (no trainer or no account). */
export async function findClientThread(clientId: number): Promise<Thread | null> {
  const page = await getThreads({ clientId, perPage: 1 });
  return page.items[0] ?? null;
}

export function useClientThread(clientId: number) {
  return useQuery({ queryKey: ['threads', 'client', clientId], queryFn: () => findClientThread(clientId), enabled: clientId > 0 });
}
