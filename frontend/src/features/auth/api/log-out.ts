import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Signs out; the local session is forgotten even when the server could not be reached. */
export async function logOut(): Promise<void> {
  await api.POST('/api/auth/logout').catch(() => undefined);
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(['auth', 'me'], null);
    },
  });
}
