import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type ClientDocument = Required<components['schemas']['ClientDocument']>;
export type ClientDocumentPage = { items: ClientDocument[]; meta: Required<components['schemas']['PageMeta']> };
export type ClientDocumentQuery = NonNullable<paths['/api/clients/{client_id}/documents']['get']['parameters']['query']>;

export async function getClientDocuments(clientId: number, query: ClientDocumentQuery): Promise<ClientDocumentPage> {
  return unwrap(await api.GET('/api/clients/{client_id}/documents', { params: { path: { client_id: clientId }, query } })) as ClientDocumentPage;
}

/** The documents shared with a client, with where they stand on waivers. */
export function useClientDocuments(clientId: number, query: ClientDocumentQuery) {
  return useQuery({ queryKey: ['client-documents', clientId, 'list', query], queryFn: () => getClientDocuments(clientId, query), placeholderData: keepPreviousData });
}
