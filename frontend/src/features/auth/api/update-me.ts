import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryOptions, type Me } from '@/features/auth/api/get-me';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type MeInput = components['schemas']['MeUpdate'];

export async function updateMe(body: MeInput): Promise<Me> {
  return unwrap(await api.PATCH('/api/auth/me', { body })) as Me;
}

/** Changes the signed-in account's name or time zone (null follows the studio's zone). */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryOptions().queryKey, me);
      return queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
    },
  });
}
