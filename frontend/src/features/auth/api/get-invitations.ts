import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type Invitation = components['schemas']['Invitation'];
export type InvitationPage = components['schemas']['InvitationPage'];

export async function getInvitations(page: number): Promise<InvitationPage> {
  return unwrap(await api.GET('/api/invitations', { params: { query: { page, per_page: 10 } } })) as InvitationPage;
}

/** One page of the studio's pending invitations, newest first. */
export function useInvitations(page: number) {
  return useQuery({ queryKey: ['invitations', 'pending', page], queryFn: () => getInvitations(page), placeholderData: keepPreviousData });
}
