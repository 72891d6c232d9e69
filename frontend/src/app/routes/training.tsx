import { useCurrentUser } from '@/app/use-current-user';
import { ComplianceTable } from '@/features/training/components/coaching/compliance-table';
import { WorkoutFeed } from '@/features/training/components/coaching/workout-feed';
import { PageHeader } from '@/components/ui/card';

/** The coach's view: who is following their program, and the workouts they finished, to comment on. */
export default function TrainingRoute() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title="Training" description={me.role === 'trainer' ? 'How your clients are following their programs.' : 'How the studio’s clients are following their programs.'} />
      <div className="flex flex-col gap-8">
        <ComplianceTable timeZone={me.timezone} />
        <WorkoutFeed timeZone={me.timezone} />
      </div>
    </>
  );
}
