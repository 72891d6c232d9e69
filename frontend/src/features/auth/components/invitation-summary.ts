import type { Invitation } from '@/features/auth/api/get-invitations';
import { formatDateTime } from '@/lib/format';

const ROLE_NAMES: Record<string, string> = { admin: 'Admin', trainer: 'Trainer', client: 'Client' };

/** What an invitation makes of its invitee, for people: "Trainer, as Jane Doe" or "Admin". */
export function invitationRole(invitation: Pick<Invitation, 'role' | 'profile_name'>): string {
  const role = ROLE_NAMES[invitation.role] ?? invitation.role;
  return invitation.profile_name ? `${role}, as ${invitation.profile_name}` : role;
}

/** Who sent it and when, and until when it works, in the viewer's time zone. */
export function invitationTimes(invitation: Pick<Invitation, 'invited_by_name' | 'created_at' | 'expires_at'>, timeZone?: string): string {
  const sent = `Sent ${formatDateTime(invitation.created_at, timeZone)}${invitation.invited_by_name ? ` by ${invitation.invited_by_name}` : ''}`;
  return `${sent} · expires ${formatDateTime(invitation.expires_at, timeZone)}`;
}
