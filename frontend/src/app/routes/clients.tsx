import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
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
        actions={
          <>
            {isManager(me) ? (
              <ButtonLink to={paths.clientImport.getHref()} variant="secondary">
                Import from CSV
              </ButtonLink>
            ) : null}
            <ButtonLink to={paths.clientNew.getHref()}>Add client</ButtonLink>
          </>
        }
      />
      <ClientsList me={me} />
    </>
  );
}
