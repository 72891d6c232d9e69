import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Unsubscription = Required<components['schemas']['Unsubscribe']>;

const unsubscribeKey = (token: string) => ['unsubscribe', token] as const;

export async function previewUnsubscribe(token: string): Promise<Unsubscription> {
  return unwrap(await api.GET('/api/unsubscribe/{token}', { params: { path: { token } } })) as Unsubscription;
}

export async function unsubscribe(token: string): Promise<Unsubscription> {
  return unwrap(await api.POST('/api/unsubscribe/{token}', { params: { path: { token } } })) as Unsubscription;
}

/** What an emailed unsubscribe link turns off (no sign-in: the signed token is the permission). */
export function useUnsubscribePreview(token: string) {
  return useQuery({ queryKey: unsubscribeKey(token), queryFn: () => previewUnsubscribe(token), enabled: token.length > 0, retry: false });
}

/** Turns off what the link names; doing it twice changes nothing. */
export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => unsubscribe(token), onSuccess: (done) => queryClient.setQueryData(unsubscribeKey(token), done) });
}
