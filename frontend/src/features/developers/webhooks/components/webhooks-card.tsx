import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** Settings' way into the webhook endpoints (owners and admins). */
export function WebhooksCard() {
  return (
    <Card>
      <div className="flex flex-col gap-3">
        <div>
          <h2 className="text-base font-semibold">Webhooks</h2>
          <p className="text-sm text-muted">Tell another system (a CRM, Zapier, your own app) when clients, sessions or payments change.</p>
        </div>
        <div className="flex justify-end">
          <ButtonLink to={paths.developersWebhooks.getHref()} variant="secondary">
            Manage webhooks
          </ButtonLink>
        </div>
      </div>
    </Card>
  );
}
