import { useCurrentUser } from '@/app/use-current-user';
import { ClientsList } from '@/features/clients/components/clients-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

export default function ClientsRoute() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title="Clients"
        description={me.role === 'trainer' ? 'The clients you coach.' : 'Everyone the studio coaches.'}
        actions={<ButtonLink to={paths.clientNew.getHref()}>Add client</ButtonLink>}
      />
      <ClientsList me={me} />
    </>
  );
}
