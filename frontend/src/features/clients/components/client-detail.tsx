import { useState } from 'react';
import type { ReactNode } from 'react';
import { useArchiveClient } from '@/features/clients/api/archive-client';
import { useStudioCountry } from '@/features/auth/api/get-me';
import type { ClientDetail } from '@/features/clients/api/get-client';
import { ClientStatusBadge } from '@/features/clients/components/client-status-badge';
import { ClientTrainers } from '@/features/clients/components/client-trainers';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { formatDate, humanize } from '@/lib/format';
import { formatPhone } from '@/lib/phone';

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-xs font-medium uppercase tracking-wide text-muted">{label}</dt>
          <dd className="mt-0.5 break-words">{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The client's facts; `forClient` (the portal) leaves out the studio's internal notes, source and tags. */
export function ClientProfile({ client, forClient = false }: { client: ClientDetail; forClient?: boolean }) {
  const country = useStudioCountry();
  const emergencyPhone = client.emergency_contact_phone ? formatPhone(client.emergency_contact_phone, country) : null;
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <h2 className="mb-3 text-base font-semibold">Contact</h2>
        <Facts
          items={[
            ['Email', client.email ? <a href={`mailto:${client.email}`} className="text-primary-text hover:underline">{client.email}</a> : null],
            ['Phone', client.phone ? <a href={`tel:${client.phone}`} className="text-primary-text hover:underline">{formatPhone(client.phone, country)}</a> : null],
            ['Date of birth', client.date_of_birth ? formatDate(client.date_of_birth) : null],
            ['Gender', client.gender ? humanize(client.gender) : null],
            ['Emergency contact', [client.emergency_contact_name, emergencyPhone].filter(Boolean).join(' · ')],
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-base font-semibold">Coaching</h2>
        <Facts
          items={[
            ['Status', <ClientStatusBadge key="status" status={client.status} />],
            ['Start date', client.start_date ? formatDate(client.start_date) : null],
            ['Goals', client.goals ? <span className="whitespace-pre-line">{client.goals}</span> : null],
            ...(forClient
              ? []
              : ([
                  ['Source', client.source],
                  ['Tags', client.tags.length ? <span className="flex flex-wrap gap-1">{client.tags.map((tag) => <Badge key={tag}>{tag}</Badge>)}</span> : null],
                  ['Notes', client.notes ? <span className="whitespace-pre-line">{client.notes}</span> : null],
                ] as [string, ReactNode][])),
          ]}
        />
      </Card>
    </div>
  );
}

type ClientDetailViewProps = {
  client: ClientDetail;
  canManage: boolean;
  extraActions?: ReactNode;
  /** Their training: program, logged workouts and progress (the training feature's section, composed by the route). */
  training?: ReactNode;
  /** Their goals, measurements, photos, habits and check-ins (the progress feature's section). */
  progress?: ReactNode;
  /** What is shared with them and their waivers (the documents feature's section). */
  documents?: ReactNode;
  /** Their sessions (the scheduling feature's section, composed by the route). */
  sessions?: ReactNode;
  /** Their credits, memberships, invoices, payments and cards (the billing feature's section). */
  billing?: ReactNode;
};

/** One client: profile, sessions, trainers, and archive or restore. */
export function ClientDetailView({ client, canManage, extraActions, training, progress, documents, sessions, billing }: ClientDetailViewProps) {
  const toast = useToast();
  const archive = useArchiveClient();
  const [confirming, setConfirming] = useState(false);
  const archived = client.status === 'archived';

  const run = (restore: boolean) =>
    archive.mutate(
      { clientId: client.id, restore },
      {
        onSuccess: () => {
          toast.success(restore ? `${client.full_name} is restored.` : `${client.full_name} is archived.`);
          setConfirming(false);
        },
        onError: (error) => {
          toast.error(errorMessage(error));
          setConfirming(false);
        },
      },
    );

  return (
    <>
      <PageHeader
        title={client.full_name}
        description={`Client since ${formatDate(client.created_at)}${archived ? ` · archived ${formatDate(client.archived_at)}` : ''}`}
        actions={
          <>
            {extraActions}
            <ButtonLink to={paths.clientEdit.getHref(client.id)} variant="secondary">
              Edit
            </ButtonLink>
            {archived ? (
              <Button variant="secondary" loading={archive.isPending} onClick={() => run(true)}>
                Restore
              </Button>
            ) : (
              <Button variant="danger" onClick={() => setConfirming(true)}>
                Archive
              </Button>
            )}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="flex min-w-0 flex-col gap-4">
          <ClientProfile client={client} />
          {training}
          {progress}
          {sessions}
          {billing}
          {documents}
        </div>
        <div className="flex flex-col gap-4">
          <ClientTrainers client={client} canManage={canManage} />
          {canManage ? (
            <ButtonLink to={paths.activity.getHref(`?entity_type=client&entity_id=${client.id}`)} variant="ghost" className="justify-start">
              See this client’s history in the activity log →
            </ButtonLink>
          ) : null}
        </div>
      </div>
      <ConfirmDialog open={confirming} title={`Archive ${client.full_name}?`} confirmLabel="Archive" danger loading={archive.isPending} onClose={() => setConfirming(false)} onConfirm={() => run(false)}>
        They are hidden from lists, and their history is kept. You can restore them at any time.
      </ConfirmDialog>
    </>
  );
}
