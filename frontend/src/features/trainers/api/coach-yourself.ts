import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Trainer } from '@/features/trainers/api/get-trainers';
import { api, unwrap } from '@/lib/api-client';

export async function coachYourself(): Promise<Trainer> {
  return unwrap(await api.POST('/api/trainers/me', { body: {} })) as Trainer;
}

/** Links a trainer profile to the signed-in owner or admin (creating it from their name if none has their email). */
export function useCoachYourself() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: coachYourself,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['auth', 'me'] }), queryClient.invalidateQueries({ queryKey: ['trainers'] })]),
  });
}
