import { E1rmChart } from '@/features/training/components/progress/e1rm-chart';
import { RecordsList } from '@/features/training/components/progress/records-list';
import { VolumeChart } from '@/features/training/components/progress/volume-chart';
import { Card } from '@/components/ui/card';

/** A client's own progress in the portal: their records, their e1RM per exercise and their weekly volume. */
export function PortalProgress({ clientId, timeZone }: { clientId: number; timeZone?: string }) {
  return (
    <section aria-labelledby="portal-progress-heading" className="flex flex-col gap-4" data-testid="portal-progress">
      <h2 id="portal-progress-heading" className="text-lg font-semibold">
        Your progress
      </h2>
      <Card className="flex flex-col gap-3">
        <h3 className="text-base font-semibold">Personal records</h3>
        <RecordsList clientId={clientId} timeZone={timeZone} emptyHint="Log sets with a load and reps and your records appear here." />
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="flex flex-col gap-3">
          <h3 className="text-base font-semibold">Estimated 1RM</h3>
          <E1rmChart clientId={clientId} timeZone={timeZone} />
        </Card>
        <Card className="flex flex-col gap-3">
          <h3 className="text-base font-semibold">Weekly volume by muscle group</h3>
          <VolumeChart clientId={clientId} />
        </Card>
      </div>
    </section>
  );
}
