import { useApplyTemplateVersion } from '@/features/training/api/apply-template-version';
import { useClientProgram } from '@/features/training/api/get-client-program';
import { useClientPrograms } from '@/features/training/api/get-client-programs';
import { ProgramCalendar } from '@/features/training/components/programs/program-calendar';
import { weekdaysText } from '@/features/training/components/programs/wording';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

/** A client's current program on their page: dates, progress, and a newer template version to apply. */
export function ClientProgramPanel({ clientId }: { clientId: number }) {
  const programs = useClientPrograms(clientId);
  const current = programs.data?.items.find((program) => program.status === 'active');
  const program = useClientProgram(current?.id);
  const apply = useApplyTemplateVersion();
  const toast = useToast();
  if (programs.isPending) return <Spinner label="Loading the program…" />;
  if (programs.isError) return <ErrorState error={programs.error} onRetry={() => programs.refetch()} />;
  return (
    <Card>
      <h2 className="text-lg font-bold">Program</h2>
      {!current ? (
        <p className="text-sm text-muted">No active program. Assign one from Programs.</p>
      ) : (
        <>
          <p className="mb-4 text-sm text-muted">
            <span className="font-semibold text-foreground">{current.name}</span> · {formatDate(current.start_date)} to {formatDate(current.end_date)} ·{' '}
            {weekdaysText(current.training_weekdays ?? [])} · {current.workouts_completed} of {current.workouts_total} workouts done
            {current.assigned_by_name ? ` · assigned by ${current.assigned_by_name}` : ''}
          </p>
          {program.data?.update_available ? (
            <div className="mb-4 rounded-lg border border-primary bg-primary-soft p-3" role="status">
              <p className="font-semibold">A newer version of the template is available (version {program.data.newest_version}).</p>
              <ul className="my-2 list-disc pl-5 text-sm">
                {(program.data.template_changes ?? []).map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
              <Button
                loading={apply.isPending}
                onClick={() =>
                  apply.mutate(current.id, {
                    onSuccess: () => toast.success('The remaining weeks now follow the newest version.'),
                    onError: (error) => toast.error(errorMessage(error)),
                  })
                }
              >
                Apply to remaining weeks
              </Button>
            </div>
          ) : null}
          {program.data ? <ProgramCalendar program={program.data} /> : program.isError ? <ErrorState error={program.error} /> : <Spinner />}
        </>
      )}
    </Card>
  );
}
