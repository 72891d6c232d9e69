import { PRODUCT_KIND_LABELS } from '@/features/billing/format';
import { useBillingSettings } from '@/features/billing/queries';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** Settings' way into billing (owners and admins): the currency, the credit policy and whether Stripe is connected. */
export function BillingSettingsLink() {
  const settings = useBillingSettings();
  const summary = settings.data
    ? `Prices in ${settings.data.currency}; ${settings.data.credit_policy === 'required' ? 'a credit is needed to book' : settings.data.credit_policy === 'warn' ? 'booking without a credit is allowed with a warning' : 'credits are not checked when booking'}; Stripe ${settings.data.stripe_configured ? 'connected' : 'not connected'}.`
    : null;
  return (
    <Card className="flex flex-col gap-3">
      <div>
        <h2 className="text-base font-semibold">Billing</h2>
        <p className="text-sm text-muted">
          What the studio sells ({Object.values(PRODUCT_KIND_LABELS).join(', ').toLowerCase()}), taxes, discounts, the invoice letterhead and card payments.
        </p>
      </div>
      {summary ? <p className="text-sm">{summary}</p> : null}
      <ButtonLink to={paths.billingCatalogue.getHref()} variant="secondary" className="self-start">
        Open catalogue and settings
      </ButtonLink>
    </Card>
  );
}
