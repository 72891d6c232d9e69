import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { CoachYourselfButton } from '@/features/trainers/components/coach-yourself-button';
import { TrainersList } from '@/features/trainers/components/trainers-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

export default function TrainersRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={me.trainer_id ? paths.trainer.getHref(me.trainer_id) : paths.dashboard.getHref()} replace />;
  return (
    <>
      <PageHeader
        title="Trainers"
        description="The studio’s coaches and how many clients each has."
        actions={
          <>
            {me.trainer_id ? null : <CoachYourselfButton email={me.email} />}
            <ButtonLink to={paths.trainerNew.getHref()}>Add trainer</ButtonLink>
          </>
        }
      />
      <TrainersList />
    </>
  );
}
