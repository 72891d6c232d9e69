import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type ClientTrainer = Required<components['schemas']['ClientTrainer']>;
export type ClientDetail = Required<Omit<components['schemas']['ClientDetail'], 'trainers'>> & { trainers: ClientTrainer[] };

export async function getClient(clientId: number): Promise<ClientDetail> {
  return unwrap(await api.GET('/api/clients/{client_id}', { params: { path: { client_id: clientId } } })) as ClientDetail;
}

export function useClient(clientId: number) {
  return useQuery({ queryKey: ['clients', 'detail', clientId], queryFn: () => getClient(clientId), enabled: Number.isInteger(clientId) && clientId > 0 });
}
