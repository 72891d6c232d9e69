import { useNavigate, useParams } from 'react-router';
import { useTrainer } from '@/features/trainers/api/get-trainer';
import { useUpdateTrainer } from '@/features/trainers/api/update-trainer';
import { TrainerForm } from '@/features/trainers/components/trainer-form';
import { PageHeader } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';

export default function TrainerEditRoute() {
  const navigate = useNavigate();
  const toast = useToast();
  const trainerId = Number(useParams().trainerId);
  const trainer = useTrainer(trainerId);
  const update = useUpdateTrainer();
  if (trainer.isPending) return <Spinner label="Loading trainer…" />;
  if (trainer.isError) return <ErrorState error={trainer.error} onRetry={() => trainer.refetch()} />;
  return (
    <>
      <PageHeader title={`Edit ${trainer.data.full_name}`} />
      <TrainerForm
        trainer={trainer.data}
        cancelHref={paths.trainer.getHref(trainerId)}
        pending={update.isPending}
        error={update.error}
        onSubmit={(body, onError) =>
          update.mutate(
            { trainerId, body },
            {
              onSuccess: (saved) => {
                toast.success(`${saved.full_name} is saved.`);
                navigate(paths.trainer.getHref(trainerId));
              },
              onError,
            },
          )
        }
      />
    </>
  );
}
