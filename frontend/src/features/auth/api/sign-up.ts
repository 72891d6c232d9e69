import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@/features/auth/api/get-me';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type SignUpInput = components['schemas']['SignUp'];

export async function signUp(body: SignUpInput): Promise<Me> {
  return unwrap(await api.POST('/api/auth/signup', { body })) as Me;
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(['auth', 'me'], me);
    },
  });
}
