import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { RequirementCard } from '@/features/security/components/requirement-card';
import { SessionsCard } from '@/features/security/components/sessions-card';
import { TwoFactorCard } from '@/features/security/components/two-factor-card';
import { PageHeader } from '@/components/ui/card';

/** Two-factor sign-in and the sessions signed in to the account; for owners and admins also the studio's rule. */
export default function SecurityRoute() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title="Security" description="How you sign in, and where you are signed in." />
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <TwoFactorCard timeZone={me?.timezone} />
          {isManager(me) ? <RequirementCard canChange={me?.role === 'owner'} /> : null}
        </div>
        <SessionsCard timeZone={me?.timezone} />
      </div>
    </>
  );
}
