import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CheckInForm = components['schemas']['CheckInForm'];
export type CheckInQuestion = components['schemas']['CheckInQuestion'];
export type CheckInFormPage = { items: CheckInForm[]; meta: components['schemas']['PageMeta'] };

export async function getCheckInForms({ archived = false, page = 1 }: { archived?: boolean; page?: number } = {}): Promise<CheckInFormPage> {
  return unwrap(await api.GET('/api/check-in-forms', { params: { query: { archived, page, per_page: 50 } } })) as CheckInFormPage;
}

export function useCheckInForms(args: { archived?: boolean; page?: number } = {}) {
  return useQuery({ queryKey: ['progress', 'check-ins', 'forms', args], queryFn: () => getCheckInForms(args) });
}
