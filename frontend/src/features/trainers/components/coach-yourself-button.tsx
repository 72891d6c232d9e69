import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCoachYourself } from '@/features/trainers/api/coach-yourself';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { formErrorMessage } from '@/lib/form';

/** For an owner or admin who coaches too: gives their own account a trainer profile (no invitation needed). */
export function CoachYourselfButton({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  const coach = useCoachYourself();
  const toast = useToast();
  const navigate = useNavigate();

  // Awaited rather than a mutate() callback: once "me" has a trainer profile this button unmounts, and
  // TanStack Query drops the callbacks of an unmounted component.
  async function confirm() {
    const trainer = await coach.mutateAsync().catch(() => null);
    if (!trainer) return;
    toast.success('You are now one of the studio’s trainers too.');
    navigate(paths.trainer.getHref(trainer.id));
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Coach clients yourself
      </Button>
      <ConfirmDialog
        open={open}
        title="Coach clients yourself?"
        confirmLabel="Add me as a trainer"
        loading={coach.isPending}
        onConfirm={confirm}
        onClose={() => {
          setOpen(false);
          coach.reset();
        }}
      >
        <div className="flex flex-col gap-3">
          <FormAlert message={formErrorMessage(coach.error)} />
          <p>
            You keep your role and sign in as before with {email}. You also get a trainer profile: clients can be assigned to you and sessions booked with you. A trainer profile
            that already uses your email becomes yours; otherwise one is made from your name.
          </p>
        </div>
      </ConfirmDialog>
    </>
  );
}
