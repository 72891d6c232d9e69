import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@/features/auth/api/get-me';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type LogInInput = components['schemas']['Login'];

export async function logIn(body: LogInInput): Promise<Me> {
  return unwrap(await api.POST('/api/auth/login', { body })) as Me;
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(['auth', 'me'], me);
    },
  });
}
