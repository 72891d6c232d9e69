import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type CheckInAssignmentInput = components['schemas']['CheckInAssignmentWrite'];

export async function assignCheckIn({ clientId, input }: { clientId: number; input: CheckInAssignmentInput }) {
  return unwrap(await api.PUT('/api/clients/{client_id}/check-in-assignment', { params: { path: { client_id: clientId } }, body: input }));
}

export async function endCheckIn({ clientId }: { clientId: number }) {
  return unwrap(await api.DELETE('/api/clients/{client_id}/check-in-assignment', { params: { path: { client_id: clientId } } }));
}

/** Give a client a weekly check-in (replacing theirs), or end it with `end`. */
export function useAssignCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: { clientId: number; input?: CheckInAssignmentInput; end?: boolean }) =>
      args.end || !args.input ? endCheckIn(args) : assignCheckIn({ clientId: args.clientId, input: args.input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['progress', 'check-ins'] }),
  });
}
