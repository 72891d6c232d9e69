import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { BillingSettingsCard } from '@/features/billing/components/billing-settings-card';
import { BillingTabs } from '@/features/billing/components/billing-tabs';
import { CatalogueProducts } from '@/features/billing/components/catalogue-products';
import { CatalogueDiscounts, CatalogueTaxRates } from '@/features/billing/components/catalogue-rates-discounts';
import { useCurrency } from '@/features/billing/queries';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** What the studio sells and how it bills (owners and admins): products, tax rates, discounts, policy, letterhead and Stripe. */
export default function BillingCatalogueRoute() {
  const me = useCurrentUser();
  const currency = useCurrency();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <PageHeader title="Catalogue and settings" description="What the studio sells, and how it invoices and takes payment." />
      <BillingTabs />
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-4">
          <CatalogueProducts currency={currency} />
          <CatalogueTaxRates />
          <CatalogueDiscounts currency={currency} />
        </div>
        <BillingSettingsCard />
      </div>
    </>
  );
}
