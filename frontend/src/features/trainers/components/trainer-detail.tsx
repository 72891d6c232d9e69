import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useStudioCountry } from '@/features/auth/api/get-me';
import { useClients } from '@/features/clients/api/get-clients';
import { useArchiveTrainer } from '@/features/trainers/api/archive-trainer';
import type { Trainer } from '@/features/trainers/api/get-trainers';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';
import { formatPhone } from '@/lib/phone';

type TrainerDetailViewProps = {
  trainer: Trainer;
  canManage: boolean;
  canEdit: boolean;
  extraActions?: ReactNode;
  /** Sections below the profile that other features provide (availability, calendar feed). */
  children?: ReactNode;
};

/** One trainer: profile, the clients they coach, and (for managers) archive or restore. */
export function TrainerDetailView({ trainer, canManage, canEdit, extraActions, children }: TrainerDetailViewProps) {
  const toast = useToast();
  const country = useStudioCountry();
  const archive = useArchiveTrainer();
  const clients = useClients({ trainer_id: trainer.id, per_page: 100, sort: 'last_name' });
  const archived = !!trainer.archived_at;

  return (
    <>
      <PageHeader
        title={trainer.full_name}
        description={`Trainer since ${formatDate(trainer.created_at)}${archived ? ` · archived ${formatDate(trainer.archived_at)}` : ''}`}
        actions={
          <>
            {extraActions}
            {canEdit ? (
              <ButtonLink to={paths.trainerEdit.getHref(trainer.id)} variant="secondary">
                Edit
              </ButtonLink>
            ) : null}
            {canManage ? (
              <Button
                variant={archived ? 'secondary' : 'danger'}
                loading={archive.isPending}
                onClick={() =>
                  archive.mutate(
                    { trainerId: trainer.id, restore: archived },
                    { onSuccess: () => toast.success(archived ? `${trainer.full_name} is restored.` : `${trainer.full_name} is archived.`), onError: (error) => toast.error(errorMessage(error)) },
                  )
                }
              >
                {archived ? 'Restore' : 'Archive'}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card>
          <h2 className="mb-3 text-base font-semibold">Profile</h2>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-muted">Email</dt>
              <dd className="break-words">{trainer.email}</dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-muted">Phone</dt>
              <dd>{formatPhone(trainer.phone, country)}</dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-muted">Hourly rate</dt>
              <dd>{trainer.hourly_rate ? `$${trainer.hourly_rate}` : '—'}</dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-muted">Login</dt>
              <dd>{trainer.has_account ? 'Has an account' : 'Not invited yet'}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-xs font-medium uppercase tracking-wide text-muted">Specializations</dt>
              <dd className="mt-1 flex flex-wrap gap-1">{trainer.specializations.length ? trainer.specializations.map((item) => <Badge key={item}>{item}</Badge>) : '—'}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-xs font-medium uppercase tracking-wide text-muted">Bio</dt>
              <dd className="whitespace-pre-line">{trainer.bio ?? '—'}</dd>
            </div>
          </dl>
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold">Clients ({trainer.client_count})</h2>
          {clients.isPending ? (
            <Spinner />
          ) : clients.data?.items.length ? (
            <ul className="divide-y divide-border">
              {clients.data.items.map((client) => (
                <li key={client.id}>
                  <Link to={paths.client.getHref(client.id)} className="flex min-h-11 items-center justify-between gap-2 text-sm hover:text-primary-text">
                    <span className="font-medium">{client.full_name}</span>
                    {client.primary_trainer?.id === trainer.id ? <Badge tone="primary">Primary</Badge> : null}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <div className="flex flex-col items-start gap-2">
              <p className="text-sm text-muted">No clients are assigned to {trainer.first_name} yet.</p>
              {canManage ? (
                <ButtonLink to={paths.clients.getHref('?trainer=none')} variant="secondary">
                  Assign unassigned clients
                </ButtonLink>
              ) : null}
            </div>
          )}
        </Card>
      </div>
      {children ? <div className="mt-4">{children}</div> : null}
    </>
  );
}
