import { Navigate, useParams } from 'react-router';
import { useClient } from '@/features/clients/api/get-client';
import { useClientThread } from '@/features/messages/api/find-client-thread';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** "Message" on a client's page: opens their conversation, or says why there is none yet. */
export default function ClientThreadRoute() {
  const clientId = Number(useParams().clientId);
  const client = useClient(clientId);
  const thread = useClientThread(clientId);
  if (client.isError) return <ErrorState error={client.error} onRetry={() => client.refetch()} />;
  if (thread.isError) return <ErrorState error={thread.error} onRetry={() => thread.refetch()} />;
  if (client.isPending || thread.isPending) return <Spinner label="Opening the conversation…" />;
  if (thread.data) return <Navigate to={paths.thread.getHref(thread.data.id)} replace />;
  return (
    <EmptyState title={`No conversation with ${client.data.full_name} yet`} action={<ButtonLink to={paths.client.getHref(clientId)} variant="secondary">Back to {client.data.first_name}</ButtonLink>}>
      A client’s conversation starts once they have a trainer and an account to sign in with.
    </EmptyState>
  );
}
