import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { BillingTabs } from '@/features/billing/components/billing-tabs';
import { RevenueDashboard } from '@/features/billing/components/revenue-dashboard';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** The revenue dashboard (owners and admins): revenue, MRR, receivables and refunds over a date range. */
export default function BillingRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <PageHeader
        title="Billing"
        description="What the studio earns and is owed."
        actions={
          <ButtonLink to={paths.billingInvoiceNew.getHref()} variant="secondary">
            New invoice
          </ButtonLink>
        }
      />
      <BillingTabs />
      <RevenueDashboard timeZone={me.timezone} />
    </>
  );
}
