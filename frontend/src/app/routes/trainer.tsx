import { useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { InviteButton } from '@/features/auth/components/invite-button';
import { TimeOffSection } from '@/features/scheduling/components/availability/time-off-section';
import { WorkingHoursEditor } from '@/features/scheduling/components/availability/working-hours-editor';
import { CalendarFeedCard } from '@/features/scheduling/components/feeds/calendar-feed-card';
import { useTrainer } from '@/features/trainers/api/get-trainer';
import { TrainerDetailView } from '@/features/trainers/components/trainer-detail';
import { ErrorState, Spinner } from '@/components/ui/states';

export default function TrainerRoute() {
  const me = useCurrentUser();
  const trainerId = Number(useParams().trainerId);
  const trainer = useTrainer(trainerId);
  if (trainer.isPending) return <Spinner label="Loading trainer…" />;
  if (trainer.isError) return <ErrorState error={trainer.error} onRetry={() => trainer.refetch()} />;
  const manager = isManager(me);
  const self = me.trainer_id === trainerId;
  const invite =
    manager && !trainer.data.has_account && !trainer.data.archived_at ? (
      <InviteButton label="Invite to sign in" name={trainer.data.full_name} defaultEmail={trainer.data.email} role="trainer" trainer_id={trainer.data.id} />
    ) : null;
  // The API lets managers and the trainer themself see and change availability; colleagues get 403.
  const availability =
    manager || self ? (
      <section aria-label="Availability" className="grid grid-cols-1 items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <WorkingHoursEditor trainerId={trainerId} viewerTimeZone={me.timezone} />
        <div className="flex flex-col gap-4">
          <TimeOffSection trainerId={trainerId} timeZone={me.timezone} />
          <CalendarFeedCard owner={{ trainer_id: trainerId }} contents={self ? 'your sessions (with client names)' : `${trainer.data.first_name}’s sessions (with client names)`} />
        </div>
      </section>
    ) : null;
  return (
    <TrainerDetailView trainer={trainer.data} canManage={manager} canEdit={manager || self} extraActions={invite}>
      {availability}
    </TrainerDetailView>
  );
}
