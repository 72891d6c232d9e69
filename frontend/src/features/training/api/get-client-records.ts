import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type PersonalRecord = Required<components['schemas']['PersonalRecord']>;
export type ExerciseRecords = Required<Omit<components['schemas']['ExerciseRecords'], 'records'>> & { records: PersonalRecord[] };
export type ExerciseRecordsPage = { items: ExerciseRecords[]; meta: Required<components['schemas']['PageMeta']> };

export async function getClientRecords(clientId: number, page: number, perPage: number): Promise<ExerciseRecordsPage> {
  return unwrap(
    await api.GET('/api/clients/{client_id}/training/records', { params: { path: { client_id: clientId }, query: { page, per_page: perPage } } }),
  ) as ExerciseRecordsPage;
}

/** A client's current personal records, one entry per exercise, newest first. */
export function useClientRecords(clientId: number, page = 1, perPage = 10) {
  return useQuery({
    queryKey: ['training', 'records', clientId, page, perPage],
    queryFn: () => getClientRecords(clientId, page, perPage),
    placeholderData: keepPreviousData,
    enabled: clientId > 0,
  });
}
