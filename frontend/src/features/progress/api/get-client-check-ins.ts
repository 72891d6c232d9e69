import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CheckInListItem = components['schemas']['CheckInSubmissionList'];
export type CheckInListPage = { items: CheckInListItem[]; meta: components['schemas']['PageMeta'] };

export async function getClientCheckIns(clientId: number, page = 1): Promise<CheckInListPage> {
  return unwrap(await api.GET('/api/clients/{client_id}/check-ins', { params: { path: { client_id: clientId }, query: { page, per_page: 20 } } })) as CheckInListPage;
}

export function useClientCheckIns(clientId: number, page = 1) {
  return useQuery({ queryKey: ['progress', 'check-ins', clientId, 'sent', page], queryFn: () => getClientCheckIns(clientId, page), enabled: clientId > 0 });
}
