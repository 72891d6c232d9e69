import { useState } from 'react';
import type { IssuedInvitation } from '@/features/auth/api/create-invitation';
import { useInvitations, type Invitation } from '@/features/auth/api/get-invitations';
import { useMe } from '@/features/auth/api/get-me';
import { useResendInvitation } from '@/features/auth/api/resend-invitation';
import { useRevokeInvitation } from '@/features/auth/api/revoke-invitation';
import { invitationRole, invitationTimes } from '@/features/auth/components/invitation-summary';
import { InviteButton, IssuedInvitationDetails } from '@/features/auth/components/invite-button';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

/** The studio's invitations nobody has used yet, to send again or withdraw; and a way to invite an admin. */
export function PendingInvitations() {
  const [page, setPage] = useState(1);
  const invitations = useInvitations(page);
  const timeZone = useMe().data?.timezone;
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const toast = useToast();
  const [resent, setResent] = useState<IssuedInvitation | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  function sendAgain(invitation: Invitation) {
    resend.mutate(invitation.id, {
      onSuccess: (issued) => {
        if (issued.email_sent) toast.success(`Invitation sent again to ${issued.email}; the previous link no longer works.`);
        else setResent(issued);
      },
      onError: (error) => toast.error(errorMessage(error)),
    });
  }

  function withdraw() {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        toast.success(`The invitation to ${revoking.email} no longer works.`);
        setRevoking(null);
      },
      onError: (error) => toast.error(errorMessage(error)),
    });
  }

  const meta = invitations.data?.meta;
  return (
    <Card>
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h2 className="text-base font-semibold">Pending invitations</h2>
            <p className="text-sm text-muted">Links sent that nobody has used yet. Each works once, until it expires.</p>
          </div>
          <InviteButton label="Invite an admin" name="an admin" defaultEmail={null} role="admin" />
        </div>
        {invitations.isPending ? <Spinner label="Loading invitations…" /> : null}
        {invitations.isError ? <ErrorState error={invitations.error} onRetry={() => invitations.refetch()} /> : null}
        {invitations.data && invitations.data.items.length === 0 ? <p className="text-sm text-muted">No invitation is waiting.</p> : null}
        {invitations.data && invitations.data.items.length > 0 ? (
          <ul aria-label="Pending invitations" className="flex flex-col divide-y divide-border">
            {invitations.data.items.map((invitation) => (
              <li key={invitation.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="break-words font-medium">{invitation.email}</p>
                  <p className="text-sm">{invitationRole(invitation)}</p>
                  <p className="text-sm text-muted">{invitationTimes(invitation, timeZone)}</p>
                </div>
                <div className="flex shrink-0 gap-2">
                  <Button variant="secondary" loading={resend.isPending && resend.variables === invitation.id} onClick={() => sendAgain(invitation)} aria-label={`Resend the invitation to ${invitation.email}`}>
                    Resend
                  </Button>
                  <Button variant="danger" onClick={() => setRevoking(invitation)} aria-label={`Revoke the invitation to ${invitation.email}`}>
                    Revoke
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        {meta && meta.pages > 1 ? (
          <nav aria-label="Invitation pages" className="flex items-center justify-end gap-2 text-sm">
            <Button variant="secondary" disabled={!meta.has_prev} onClick={() => setPage(meta.page - 1)}>
              ← Newer
            </Button>
            <span className="text-muted">
              Page {meta.page} of {meta.pages}
            </span>
            <Button variant="secondary" disabled={!meta.has_next} onClick={() => setPage(meta.page + 1)}>
              Older →
            </Button>
          </nav>
        ) : null}
      </div>
      <Dialog open={resent !== null} onClose={() => setResent(null)} title="Invitation renewed">
        {resent ? <IssuedInvitationDetails issued={resent} onDone={() => setResent(null)} /> : null}
      </Dialog>
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        danger
        loading={revoke.isPending}
        onConfirm={withdraw}
        onClose={() => setRevoking(null)}
      >
        {revoking ? <p>The link sent to {revoking.email} will stop working. You can invite them again later.</p> : null}
      </ConfirmDialog>
    </Card>
  );
}
