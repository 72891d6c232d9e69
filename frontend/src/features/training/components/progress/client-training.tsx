import { useExportTrainingHistory } from '@/features/training/api/export-training-history';
import { E1rmChart } from '@/features/training/components/progress/e1rm-chart';
import { RecordsList } from '@/features/training/components/progress/records-list';
import { VolumeChart } from '@/features/training/components/progress/volume-chart';
import { Card } from '@/components/ui/card';
import { ExportMenu } from '@/components/ui/export-menu';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

/** A client's progress for their coach: personal records, the e1RM chart per exercise, weekly volume, and the export. */
export function ClientTraining({ clientId, clientName, timeZone }: { clientId: number; clientName: string; timeZone?: string }) {
  const toast = useToast();
  const exporting = useExportTrainingHistory();
  return (
    <section aria-labelledby="client-training-heading" className="flex flex-col gap-4" data-testid="client-training">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="client-training-heading" className="text-lg font-semibold">
          Training progress
        </h2>
        <ExportMenu
          label="Export history"
          pending={exporting.isPending}
          onExport={(format) =>
            exporting.mutate(
              { clientId, format },
              { onSuccess: (name) => toast.success(`Downloaded ${name}.`), onError: (error) => toast.error(errorMessage(error)) },
            )
          }
        />
      </div>
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
      <Card className="flex flex-col gap-3">
        <h3 className="text-base font-semibold">Personal records</h3>
        <RecordsList clientId={clientId} timeZone={timeZone} emptyHint={`Records appear here as soon as ${clientName} logs sets with a load and reps.`} />
      </Card>
    </section>
  );
}
