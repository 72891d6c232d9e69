import { useExportMeasurements } from '@/features/progress/api/export-measurements';
import { ProgressMeasurements } from '@/features/progress/components/measurements/progress-measurements';
import { ExportMenu } from '@/components/ui/export-menu';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

/** A client's measurements on their page, for their coach: latest values, charts, entry, corrections and the export. */
export function ClientMeasurementsSection({ clientId, timeZone }: { clientId: number; timeZone?: string | null }) {
  const toast = useToast();
  const exporting = useExportMeasurements();
  return (
    <section aria-labelledby="client-measurements-heading" className="flex flex-col gap-4" data-testid="client-measurements">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="client-measurements-heading" className="text-lg font-semibold">
          Measurements
        </h2>
        <ExportMenu
          label="Export measurements"
          pending={exporting.isPending}
          onExport={(format) =>
            exporting.mutate({ clientId, format }, { onSuccess: (name) => toast.success(`Downloaded ${name}.`), onError: (error) => toast.error(errorMessage(error)) })
          }
        />
      </div>
      <ProgressMeasurements clientId={clientId} timeZone={timeZone} who="their" />
    </section>
  );
}
