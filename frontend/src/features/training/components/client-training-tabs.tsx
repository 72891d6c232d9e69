import { ClientProgramPanel } from '@/features/training/components/programs/client-program-panel';
import { ClientTraining } from '@/features/training/components/progress/client-training';
import { WorkoutHistory } from '@/features/training/components/workouts/workout-history';
import { TabbedSection } from '@/components/ui/tabs';

/** A client's training on the coach's client page: their program calendar, the workouts they logged, and their progress. */
export function ClientTrainingTabs({ clientId, firstName, timeZone }: { clientId: number; firstName: string; timeZone: string }) {
  return (
    <TabbedSection
      title="Training"
      tabs={[
        { id: 'program', label: 'Program', render: () => <ClientProgramPanel clientId={clientId} /> },
        { id: 'workouts', label: 'Workouts', render: () => <WorkoutHistory clientId={clientId} clientName={firstName} timeZone={timeZone} /> },
        { id: 'progress', label: 'Progress', render: () => <ClientTraining clientId={clientId} clientName={firstName} timeZone={timeZone} /> },
      ]}
    />
  );
}
