import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { BillingTabs } from '@/features/billing/components/billing-tabs';
import { InvoicesList } from '@/features/billing/components/invoices-list';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** Every invoice of the studio (owners and admins), with the overdue ones a filter away. */
export default function BillingInvoicesRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <PageHeader title="Invoices" description="Search by invoice number; Overdue shows what is past its due date, oldest first." />
      <BillingTabs />
      <InvoicesList timeZone={me.timezone} />
    </>
  );
}
