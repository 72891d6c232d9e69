import { useCurrentUser } from '@/app/use-current-user';
import { PortalBilling } from '@/features/billing/components/portal-billing';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** The client portal's billing: balance, invoices to pay, credits left and memberships. */
export default function PortalBillingRoute() {
  const me = useCurrentUser();
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  return (
    <>
      <ButtonLink to={paths.portal.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Portal
      </ButtonLink>
      <h1 className="mb-3 text-2xl font-bold tracking-tight">Billing</h1>
      <PortalBilling clientId={me.client_id} timeZone={me.timezone} />
    </>
  );
}
