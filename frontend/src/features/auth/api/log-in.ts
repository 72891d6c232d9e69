import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@/features/auth/api/get-me';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type LogInInput = components['schemas']['Login'];
export type SecondStep = components['schemas']['SecondStep'];

/** A right password answers with the account (signed in), or with the second step two-factor sign-in needs. */
export function isSecondStep(answer: Me | SecondStep): answer is SecondStep {
  return 'step' in answer && 'token' in answer;
}

export async function logIn(body: LogInInput): Promise<Me | SecondStep> {
  return unwrap(await api.POST('/api/auth/login', { body })) as Me | SecondStep;
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (answer) => {
      if (isSecondStep(answer)) return;
      queryClient.clear();
      queryClient.setQueryData(['auth', 'me'], answer);
    },
  });
}
