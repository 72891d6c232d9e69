import { Navigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { InvoiceEditor } from '@/features/billing/components/invoice-editor';
import { useClient } from '@/features/clients/api/get-client';
import { PageHeader } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** A new invoice (owners and admins), for the client in `?client=` or one searched for. */
export default function BillingInvoiceNewRoute() {
  const me = useCurrentUser();
  const clientId = Number(useSearchParams()[0].get('client') ?? 0);
  const client = useClient(clientId);
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  if (clientId && client.isPending) return <Spinner />;
  if (clientId && client.isError) return <ErrorState error={client.error} onRetry={() => client.refetch()} />;
  return (
    <>
      <PageHeader title="New invoice" description="Save it as a draft to finish later, or finalise it to number it and ask for payment." />
      <InvoiceEditor client={clientId && client.data ? { id: client.data.id, name: client.data.full_name } : null} />
    </>
  );
}
