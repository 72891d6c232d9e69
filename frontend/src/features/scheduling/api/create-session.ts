import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionKeys, type Session } from '@/features/scheduling/api/get-sessions';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SessionInput = components['schemas']['SessionCreate'];

export async function createSession(body: SessionInput): Promise<Session> {
  return unwrap(await api.POST('/api/sessions', { body })) as Session;
}

/** Books one session; a 409 `booking_conflict` or `outside_working_hours` comes back as an ApiError. */
export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSession, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }) });
}
