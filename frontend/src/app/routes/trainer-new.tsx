import { Navigate, useNavigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { useCreateTrainer } from '@/features/trainers/api/create-trainer';
import { TrainerForm } from '@/features/trainers/components/trainer-form';
import { PageHeader } from '@/components/ui/card';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';

export default function TrainerNewRoute() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateTrainer();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <PageHeader title="Add trainer" description="Invite them to sign in from their page afterwards." />
      <TrainerForm
        submitLabel="Add trainer"
        cancelHref={paths.trainers.getHref()}
        pending={create.isPending}
        error={create.error}
        onSubmit={(body, onError) =>
          create.mutate(body, {
            onSuccess: (trainer) => {
              toast.success(`${trainer.full_name} is added.`);
              navigate(paths.trainer.getHref(trainer.id));
            },
            onError,
          })
        }
      />
    </>
  );
}
