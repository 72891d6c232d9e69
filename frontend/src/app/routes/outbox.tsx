import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { OutboxList } from '@/features/notifications/components/outbox-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** The studio's outgoing email (owners and admins): how each message stands, and Retry on those that failed. */
export default function OutboxRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <ButtonLink to={paths.settings.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Settings
      </ButtonLink>
      <PageHeader title="Outbox" description={`Every email the studio sends, newest first, in ${me.timezone.replaceAll('_', ' ')} time.`} />
      <OutboxList timeZone={me.timezone} />
    </>
  );
}
