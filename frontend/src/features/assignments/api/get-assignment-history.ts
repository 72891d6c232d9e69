import { useQuery } from '@tanstack/react-query';
import type { Assignment } from '@/features/assignments/api/assign-trainer';
import { api, unwrap } from '@/lib/api-client';

/** A client's assignments, ended ones included: who coached them and when. */
export async function getAssignmentHistory(clientId: number): Promise<Assignment[]> {
  const page = unwrap(
    await api.GET('/api/clients/{client_id}/assignments', { params: { path: { client_id: clientId }, query: { include_ended: true, per_page: 100 } } }),
  ) as { items: Assignment[] };
  return page.items;
}

export function useAssignmentHistory(clientId: number) {
  return useQuery({ queryKey: ['assignments', clientId], queryFn: () => getAssignmentHistory(clientId) });
}
