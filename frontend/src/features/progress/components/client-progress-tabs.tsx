import { ClientGoalsSection } from '@/features/progress/components/goals/client-goals-section';
import { ClientPhotosSection } from '@/features/progress/components/photos/client-photos-section';
import { TabbedSection } from '@/components/ui/tabs';

/** A client's progress on the coach's client page: goals first (what the rest adds up to), then each kind of record. */
export function ClientProgressTabs({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  return (
    <TabbedSection
      title="Progress"
      tabs={[
        { id: 'goals', label: 'Goals', render: () => <ClientGoalsSection clientId={clientId} timeZone={timeZone} /> },
        { id: 'photos', label: 'Photos', render: () => <ClientPhotosSection clientId={clientId} timeZone={timeZone} /> },
      ]}
    />
  );
}
