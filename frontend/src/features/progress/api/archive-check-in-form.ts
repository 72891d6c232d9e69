import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export async function archiveCheckInForm(formId: number) {
  return unwrap(await api.POST('/api/check-in-forms/{form_id}/archive', { params: { path: { form_id: formId } } }));
}

export function useArchiveCheckInForm() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: archiveCheckInForm, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['progress', 'check-ins'] }) });
}
