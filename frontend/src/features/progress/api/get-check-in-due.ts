import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CheckInDue = components['schemas']['CheckInDue'];
export type CheckInAssignment = components['schemas']['CheckInAssignment'];

export async function getCheckInDue(clientId: number): Promise<CheckInDue> {
  return unwrap(await api.GET('/api/clients/{client_id}/check-ins/due', { params: { path: { client_id: clientId } } }));
}

export function useCheckInDue(clientId: number) {
  return useQuery({ queryKey: ['progress', 'check-ins', clientId, 'due'], queryFn: () => getCheckInDue(clientId), enabled: clientId > 0 });
}
