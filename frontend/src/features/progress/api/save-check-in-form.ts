import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CheckInForm } from '@/features/progress/api/get-check-in-forms';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CheckInFormInput = components['schemas']['CheckInFormWrite'];

/** Create a form (no id) or save the changes to one. */
export async function saveCheckInForm({ formId, input }: { formId?: number; input: CheckInFormInput }): Promise<CheckInForm> {
  if (formId) return unwrap(await api.PATCH('/api/check-in-forms/{form_id}', { params: { path: { form_id: formId } }, body: input }));
  return unwrap(await api.POST('/api/check-in-forms', { body: input }));
}

export function useSaveCheckInForm() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveCheckInForm, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['progress', 'check-ins'] }) });
}
