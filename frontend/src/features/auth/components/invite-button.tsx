import { useState, type FormEvent } from 'react';
import { useCreateInvitation, type InvitationInput, type IssuedInvitation } from '@/features/auth/api/create-invitation';
import { useMe } from '@/features/auth/api/get-me';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { email, formErrorMessage, hasErrors, required, serverFieldErrors, validate, type FormErrors } from '@/lib/form';
import { formatDateTime } from '@/lib/format';

type InviteButtonProps = { label: string; name: string; defaultEmail: string | null } & Pick<InvitationInput, 'role' | 'trainer_id' | 'client_id'>;

/** Invites a trainer or client to sign in: the link is emailed, and shown once here to copy. */
export function InviteButton({ label, name, defaultEmail, role, trainer_id, client_id }: InviteButtonProps) {
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState(defaultEmail ?? '');
  const [errors, setErrors] = useState<FormErrors>({});
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const invite = useCreateInvitation();
  const toast = useToast();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate({ email: address }, { email: [required('Email'), email] });
    setErrors(found);
    if (hasErrors(found)) return;
    invite.mutate(
      { email: address.trim(), role, trainer_id, client_id },
      {
        onSuccess: (invitation) => {
          setIssued(invitation);
          toast.success(invitation.email_sent ? `Invitation emailed to ${invitation.email}.` : 'Invitation created; copy the link below.');
        },
        onError: (error) => setErrors(serverFieldErrors(error)),
      },
    );
  }

  const close = () => {
    setOpen(false);
    setIssued(null);
    invite.reset();
  };

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={close} title={`Invite ${name}`}>
        {issued ? (
          <IssuedInvitationDetails issued={issued} onDone={close} />
        ) : (
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            <p className="text-sm text-muted">They choose a password from the link and can then sign in{role === 'client' ? ' to their portal' : ''}.</p>
            <FormAlert message={formErrorMessage(invite.error)} />
            <InputField label="Email" type="email" value={address} onChange={(event) => setAddress(event.target.value)} error={errors.email} />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={invite.isPending}>
                Send invitation
              </Button>
            </div>
          </form>
        )}
      </Dialog>
    </>
  );
}

/** Where an invitation's link went, and the link itself to copy (shown once, right after it is made). */
export function IssuedInvitationDetails({ issued, onDone }: { issued: IssuedInvitation; onDone: () => void }) {
  const toast = useToast();
  const timeZone = useMe().data?.timezone;
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>
        {issued.email_sent ? 'We emailed this link to ' : 'Send this link to '}
        <strong>{issued.email}</strong>. It works once and expires {formatDateTime(issued.expires_at, timeZone)}.
      </p>
      <InputField label="Invitation link" readOnly value={issued.accept_url} onFocus={(event) => event.target.select()} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => navigator.clipboard?.writeText(issued.accept_url).then(() => toast.success('Link copied.'))}>
          Copy link
        </Button>
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
