import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

export type ComplianceRow = components['schemas']['Compliance'];
export type CompliancePage = { items: ComplianceRow[]; meta: components['schemas']['PageMeta'] };
export type ComplianceQuery = NonNullable<paths['/api/training/compliance']['get']['parameters']['query']>;

export async function getTrainingCompliance(query: ComplianceQuery): Promise<CompliancePage> {
  return unwrap(await api.GET('/api/training/compliance', { params: { query } })) as CompliancePage;
}

export function useTrainingCompliance(query: ComplianceQuery) {
  return useQuery({ queryKey: ['training', 'compliance', query], queryFn: () => getTrainingCompliance(query), placeholderData: keepPreviousData });
}
