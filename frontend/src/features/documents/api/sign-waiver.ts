import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type WaiverSignature = Required<components['schemas']['WaiverSignature']>;

export async function signWaiver(input: { clientId: number; documentId: number; typedName: string; consent: boolean }): Promise<WaiverSignature> {
  return unwrap(
    await api.POST('/api/clients/{client_id}/documents/{document_id}/signatures', {
      params: { path: { client_id: input.clientId, document_id: input.documentId } },
      body: { typed_name: input.typedName, consent: input.consent },
    }),
  ) as WaiverSignature;
}

/** The client signs the current version of a waiver shared with them. */
export function useSignWaiver() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signWaiver, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['client-documents'] }) });
}
