import { useNavigate } from 'react-router';
import { useCreateClient } from '@/features/clients/api/create-client';
import { ClientForm } from '@/features/clients/components/client-form';
import { PageHeader } from '@/components/ui/card';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';

export default function ClientNewRoute() {
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateClient();
  return (
    <>
      <PageHeader title="Add client" />
      <ClientForm
        submitLabel="Add client"
        cancelHref={paths.clients.getHref()}
        pending={create.isPending}
        error={create.error}
        onSubmit={(input, onError) =>
          create.mutate(input, {
            onSuccess: (client) => {
              toast.success(`${client.full_name} is added.`);
              navigate(paths.client.getHref(client.id));
            },
            onError,
          })
        }
      />
    </>
  );
}
