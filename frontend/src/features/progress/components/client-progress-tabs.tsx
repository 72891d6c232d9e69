import { ClientCheckInsSection } from '@/features/progress/components/checkins/client-check-ins-section';
import { ClientGoalsSection } from '@/features/progress/components/goals/client-goals-section';
import { ClientHabitsSection } from '@/features/progress/components/habits/client-habits-section';
import { ClientMeasurementsSection } from '@/features/progress/components/measurements/client-measurements-section';
import { ClientPhotosSection } from '@/features/progress/components/photos/client-photos-section';
import { TabbedSection } from '@/components/ui/tabs';

/** A client's progress on the coach's client page: goals first (what the rest adds up to), then each kind of record. */
export function ClientProgressTabs({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  return (
    <TabbedSection
      title="Progress"
      tabs={[
        { id: 'goals', label: 'Goals', render: () => <ClientGoalsSection clientId={clientId} timeZone={timeZone} /> },
        { id: 'measurements', label: 'Measurements', render: () => <ClientMeasurementsSection clientId={clientId} timeZone={timeZone} /> },
        { id: 'photos', label: 'Photos', render: () => <ClientPhotosSection clientId={clientId} timeZone={timeZone} /> },
        { id: 'habits', label: 'Habits', render: () => <ClientHabitsSection clientId={clientId} timeZone={timeZone} /> },
        { id: 'check-ins', label: 'Check-ins', render: () => <ClientCheckInsSection clientId={clientId} timeZone={timeZone} /> },
      ]}
    />
  );
}
