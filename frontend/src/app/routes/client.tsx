import { useParams } from 'react-router';
import { isManager } from '@/features/auth/api/get-me';
import { ClientBilling } from '@/features/billing/components/client-billing';
import { useClient } from '@/features/clients/api/get-client';
import { ClientDetailView } from '@/features/clients/components/client-detail';
import { ClientPrivacyActions } from '@/features/privacy/components/client-privacy-actions';
import { ClientDocumentsSection } from '@/features/documents/components/client-documents-section';
import { ClientProgressTabs } from '@/features/progress/components/client-progress-tabs';
import { InviteButton } from '@/features/auth/components/invite-button';
import { ClientSessions } from '@/features/scheduling/components/client-sessions/client-sessions';
import { ClientTrainingTabs } from '@/features/training/components/client-training-tabs';
import { LogWorkoutForClient } from '@/features/training/components/workouts/log-workout-for-client';
import { useCurrentUser } from '@/app/use-current-user';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-error';

export default function ClientRoute() {
  const me = useCurrentUser();
  const clientId = Number(useParams().clientId);
  const client = useClient(clientId);
  if (client.isPending) return <Spinner label="Loading client…" />;
  if (client.isError) {
    if (client.error instanceof ApiError && client.error.status === 404) {
      return (
        <EmptyState title="Client not found">
          <p className="mb-3">They may have been deleted, or they are not one of your clients.</p>
          <ButtonLink to={paths.clients.getHref()} variant="secondary">
            Back to clients
          </ButtonLink>
        </EmptyState>
      );
    }
    return <ErrorState error={client.error} onRetry={() => client.refetch()} />;
  }
  const invite =
    !client.data.has_account && client.data.status !== 'archived' ? (
      <InviteButton label="Invite to portal" name={client.data.full_name} defaultEmail={client.data.email} role="client" client_id={client.data.id} />
    ) : null;
  const sessions = <ClientSessions clientId={client.data.id} zone={me.timezone} showTrainer={isManager(me)} canBook={client.data.status !== 'archived'} />;
  const logWorkout =
    client.data.status !== 'archived' ? <LogWorkoutForClient userId={me.id} clientId={client.data.id} clientName={client.data.full_name} /> : null;
  const message = client.data.has_account ? (
    <ButtonLink to={paths.clientThread.getHref(client.data.id)} variant="secondary">
      Message
    </ButtonLink>
  ) : null;
  const actions = (
    <>
      {message}
      {logWorkout}
      {invite}
      <ClientPrivacyActions clientId={client.data.id} name={client.data.full_name} />
    </>
  );
  const training = <ClientTrainingTabs clientId={client.data.id} firstName={client.data.first_name} timeZone={me.timezone} />;
  return (
    <ClientDetailView
      client={client.data}
      canManage={isManager(me)}
      extraActions={actions}
      training={training}
      progress={<ClientProgressTabs clientId={client.data.id} timeZone={me.timezone} />}
      documents={<ClientDocumentsSection clientId={client.data.id} timeZone={me.timezone} />}
      sessions={sessions}
      billing={<ClientBilling clientId={client.data.id} clientName={client.data.full_name} timeZone={me.timezone} canManage={isManager(me)} archived={client.data.status === 'archived'} />}
    />
  );
}
