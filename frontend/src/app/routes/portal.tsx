import { useCurrentUser } from '@/app/use-current-user';
import { useClient } from '@/features/clients/api/get-client';
import { ClientProfile } from '@/features/clients/components/client-detail';
import { ClientTrainers } from '@/features/clients/components/client-trainers';
import { PageHeader } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';

/** A client's own page: their profile and who coaches them. */
export default function PortalRoute() {
  const me = useCurrentUser();
  const client = useClient(me.client_id ?? 0);
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  if (client.isPending) return <Spinner label="Loading your profile…" />;
  if (client.isError) return <ErrorState error={client.error} onRetry={() => client.refetch()} />;
  return (
    <>
      <PageHeader title={`Hi, ${me.first_name}`} description={`Your profile at ${me.organization?.name ?? 'your studio'}.`} />
      <div className="flex flex-col gap-4">
        <ClientTrainers client={client.data} canManage={false} />
        <ClientProfile client={client.data} forClient />
      </div>
    </>
  );
}
