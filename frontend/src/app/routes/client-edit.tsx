import { useNavigate, useParams } from 'react-router';
import { useClient } from '@/features/clients/api/get-client';
import { useUpdateClient } from '@/features/clients/api/update-client';
import { ClientForm } from '@/features/clients/components/client-form';
import { PageHeader } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';

export default function ClientEditRoute() {
  const navigate = useNavigate();
  const toast = useToast();
  const clientId = Number(useParams().clientId);
  const client = useClient(clientId);
  const update = useUpdateClient();
  if (client.isPending) return <Spinner label="Loading client…" />;
  if (client.isError) return <ErrorState error={client.error} onRetry={() => client.refetch()} />;
  return (
    <>
      <PageHeader title={`Edit ${client.data.full_name}`} />
      <ClientForm
        client={client.data}
        submitLabel="Save changes"
        cancelHref={paths.client.getHref(clientId)}
        pending={update.isPending}
        error={update.error}
        onSubmit={(body, onError) =>
          update.mutate(
            { clientId, body },
            {
              onSuccess: (saved) => {
                toast.success(`${saved.full_name} is saved.`);
                navigate(paths.client.getHref(clientId));
              },
              onError,
            },
          )
        }
      />
    </>
  );
}
