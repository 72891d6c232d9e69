import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { ApiKeysList } from '@/features/developers/api-keys/components/api-keys-list';
import { RateLimitCard } from '@/features/developers/api-keys/components/rate-limit-card';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** Settings → Developers → API keys (owners and admins): the studio's keys, making and revoking them, and the rate limit. */
export default function DeveloperKeysRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <ButtonLink to={paths.settings.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Settings
      </ButtonLink>
      <PageHeader title="API keys" description={`Keys for the public API (/api/v2), each acting for the studio within what it may do. Times in ${me.timezone.replaceAll('_', ' ')} time.`} />
      <div className="flex flex-col gap-4">
        <ApiKeysList timeZone={me.timezone} />
        <RateLimitCard canEdit={me.role === 'owner'} />
      </div>
    </>
  );
}
