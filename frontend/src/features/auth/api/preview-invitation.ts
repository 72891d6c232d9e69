import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api-schema';

export type InvitationPreview = Required<components['schemas']['InvitationPreview']>;

export async function previewInvitation(token: string): Promise<InvitationPreview> {
  return unwrap(await api.POST('/api/invitations/preview', { body: { token } })) as InvitationPreview;
}

export function usePreviewInvitation(token: string) {
  return useQuery({ queryKey: ['invitations', 'preview', token], queryFn: () => previewInvitation(token), enabled: token.length >= 20 });
}
