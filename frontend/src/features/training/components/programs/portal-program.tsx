import { useClientProgram } from '@/features/training/api/get-client-program';
import { useClientPrograms } from '@/features/training/api/get-client-programs';
import { ProgramCalendar } from '@/features/training/components/programs/program-calendar';
import { weekdaysText } from '@/features/training/components/programs/wording';
import { Card } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { formatDate } from '@/lib/format';

/** The client's current program in their portal, read-only: weeks, days on their dates, exercises. */
export function PortalProgram({ clientId }: { clientId: number }) {
  const programs = useClientPrograms(clientId);
  const current = programs.data?.items.find((program) => program.status === 'active');
  const program = useClientProgram(current?.id);
  if (programs.isPending) return <Spinner label="Loading your program…" />;
  if (programs.isError) return <ErrorState error={programs.error} onRetry={() => programs.refetch()} />;
  if (!current) return null;
  return (
    <Card>
      <h2 className="text-lg font-bold">Your program: {current.name}</h2>
      <p className="mb-4 text-sm text-muted">
        From {formatDate(current.start_date)} to {formatDate(current.end_date)} · {weekdaysText(current.training_weekdays ?? [])} ·{' '}
        {current.workouts_completed} of {current.workouts_total} workouts done
      </p>
      {program.data ? <ProgramCalendar program={program.data} /> : program.isError ? <ErrorState error={program.error} /> : <Spinner />}
    </Card>
  );
}
