import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { WebhookEndpoints } from '@/features/developers/webhooks/components/webhook-endpoints';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** Settings → Developers → Webhooks (owners and admins): endpoints, their shown-once secrets, delivery logs and replay. */
export default function DevelopersWebhooksRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <ButtonLink to={paths.settings.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Settings
      </ButtonLink>
      <PageHeader
        title="Webhooks"
        description={`Signed HTTPS requests to your systems when things happen in the studio; times in ${me.timezone.replaceAll('_', ' ')} time.`}
      />
      <WebhookEndpoints timeZone={me.timezone} />
    </>
  );
}
