import { useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { useTrainer } from '@/features/trainers/api/get-trainer';
import { TrainerDetailView } from '@/features/trainers/components/trainer-detail';
import { InviteButton } from '@/features/auth/components/invite-button';
import { ErrorState, Spinner } from '@/components/ui/states';

export default function TrainerRoute() {
  const me = useCurrentUser();
  const trainerId = Number(useParams().trainerId);
  const trainer = useTrainer(trainerId);
  if (trainer.isPending) return <Spinner label="Loading trainer…" />;
  if (trainer.isError) return <ErrorState error={trainer.error} onRetry={() => trainer.refetch()} />;
  const invite =
    isManager(me) && !trainer.data.has_account && !trainer.data.archived_at ? (
      <InviteButton label="Invite to sign in" name={trainer.data.full_name} defaultEmail={trainer.data.email} role="trainer" trainer_id={trainer.data.id} />
    ) : null;
  return <TrainerDetailView trainer={trainer.data} canManage={isManager(me)} canEdit={isManager(me) || me.trainer_id === trainerId} extraActions={invite} />;
}
