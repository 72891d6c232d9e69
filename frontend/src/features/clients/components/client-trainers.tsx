import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAssignTrainer } from '@/features/assignments/api/assign-trainer';
import { useAssignmentHistory } from '@/features/assignments/api/get-assignment-history';
import { useMakePrimary } from '@/features/assignments/api/make-primary';
import { useUnassignTrainer } from '@/features/assignments/api/unassign-trainer';
import type { ClientDetail } from '@/features/clients/api/get-client';
import { useTrainerOptions } from '@/features/trainers/api/get-trainers';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Checkbox, SelectField } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

/** Who coaches the client; owners and admins assign, unassign and choose the primary trainer. */
export function ClientTrainers({ client, canManage }: { client: ClientDetail; canManage: boolean }) {
  const toast = useToast();
  const trainers = useTrainerOptions({ enabled: canManage });
  const assign = useAssignTrainer();
  const unassign = useUnassignTrainer();
  const makePrimary = useMakePrimary();
  const [trainerId, setTrainerId] = useState('');
  const [primary, setPrimary] = useState(false);
  const [error, setError] = useState<string>();
  const current = new Set(client.trainers.map((trainer) => trainer.trainer_id));
  const available = trainers.data?.items.filter((trainer) => !current.has(trainer.id)) ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!trainerId) {
      setError('Choose a trainer.');
      return;
    }
    setError(undefined);
    assign.mutate(
      { clientId: client.id, trainerId: Number(trainerId), isPrimary: primary },
      {
        onSuccess: (assignment) => {
          toast.success(`${assignment.trainer_name} now coaches ${client.full_name}.`);
          setTrainerId('');
          setPrimary(false);
        },
        onError: (failure) => toast.error(errorMessage(failure)),
      },
    );
  }

  return (
    <Card>
      <h2 className="mb-3 text-base font-semibold">Trainers</h2>
      {client.trainers.length === 0 ? (
        <p className="text-sm text-muted">
          No trainer coaches {client.first_name} yet.{' '}
          {canManage && client.status !== 'archived' ? 'Pick one below; they then see this client and can book sessions.' : 'An owner or admin assigns one.'}
        </p>
      ) : (
        <ul className="divide-y divide-border" aria-label="Current trainers">
          {client.trainers.map((trainer) => (
            <li key={trainer.trainer_id} className="flex flex-wrap items-center gap-2 py-2">
              <div className="min-w-0 flex-1">
                {canManage ? (
                  <Link to={paths.trainer.getHref(trainer.trainer_id)} className="font-semibold text-primary-text hover:underline">
                    {trainer.full_name}
                  </Link>
                ) : (
                  <span className="font-semibold">{trainer.full_name}</span>
                )}{' '}
                {trainer.is_primary ? <Badge tone="primary">Primary</Badge> : null}
                <p className="text-xs text-muted">Since {formatDate(trainer.assigned_at)}</p>
              </div>
              {canManage ? (
                <div className="flex gap-1">
                  {!trainer.is_primary ? (
                    <Button
                      variant="ghost"
                      loading={makePrimary.isPending && makePrimary.variables?.trainerId === trainer.trainer_id}
                      onClick={() =>
                        makePrimary.mutate(
                          { clientId: client.id, trainerId: trainer.trainer_id },
                          { onSuccess: () => toast.success(`${trainer.full_name} is now the primary trainer.`), onError: (failure) => toast.error(errorMessage(failure)) },
                        )
                      }
                    >
                      Make primary
                    </Button>
                  ) : null}
                  <Button
                    variant="danger"
                    aria-label={`Unassign ${trainer.full_name}`}
                    loading={unassign.isPending && unassign.variables?.trainerId === trainer.trainer_id}
                    onClick={() =>
                      unassign.mutate(
                        { clientId: client.id, trainerId: trainer.trainer_id },
                        { onSuccess: () => toast.success(`${trainer.full_name} no longer coaches ${client.full_name}.`), onError: (failure) => toast.error(errorMessage(failure)) },
                      )
                    }
                  >
                    Unassign
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage && client.status !== 'archived' ? (
        <form onSubmit={submit} noValidate className="mt-4 flex flex-wrap items-end gap-3 border-t border-border pt-4">
          <SelectField label="Assign a trainer" wrapperClassName="min-w-48 flex-1" value={trainerId} onChange={(event) => setTrainerId(event.target.value)} error={error}>
            <option value="">Choose…</option>
            {available.map((trainer) => (
              <option key={trainer.id} value={trainer.id}>
                {trainer.full_name}
              </option>
            ))}
          </SelectField>
          <Checkbox label="Primary" checked={primary} onChange={(event) => setPrimary(event.target.checked)} />
          <Button type="submit" loading={assign.isPending}>
            Assign
          </Button>
        </form>
      ) : null}
      {canManage ? <PastTrainers clientId={client.id} /> : null}
    </Card>
  );
}

/** Assignments that have ended: who coached the client before, and until when. */
function PastTrainers({ clientId }: { clientId: number }) {
  const history = useAssignmentHistory(clientId);
  const ended = history.data?.filter((assignment) => assignment.ended_at) ?? [];
  if (ended.length === 0) return null;
  return (
    <details className="mt-4 border-t border-border pt-3 text-sm">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium">Past trainers ({ended.length})</summary>
      <ul className="mt-1 flex flex-col gap-1 text-muted">
        {ended.map((assignment) => (
          <li key={assignment.id}>
            <span className="font-medium text-foreground">{assignment.trainer_name}</span>: {formatDate(assignment.assigned_at)} – {formatDate(assignment.ended_at)}
            {assignment.ended_by_name ? `, ended by ${assignment.ended_by_name}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
