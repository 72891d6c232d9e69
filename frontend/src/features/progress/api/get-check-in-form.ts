import { useQuery } from '@tanstack/react-query';
import type { CheckInForm } from '@/features/progress/api/get-check-in-forms';
import { api, unwrap } from '@/lib/api-client';

export async function getCheckInForm(formId: number): Promise<CheckInForm> {
  return unwrap(await api.GET('/api/check-in-forms/{form_id}', { params: { path: { form_id: formId } } }));
}

export function useCheckInForm(formId: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: ['progress', 'check-ins', 'form', formId], queryFn: () => getCheckInForm(formId), enabled: enabled && formId > 0 });
}
