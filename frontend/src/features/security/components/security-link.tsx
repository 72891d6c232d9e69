import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** Settings' way into Security: two-factor sign-in and the sessions signed in to the account. */
export function SecurityLink() {
  return (
    <Card className="flex flex-col gap-3">
      <div>
        <h2 className="text-base font-semibold">Security</h2>
        <p className="text-sm text-muted">Two-factor sign-in with an authenticator app, and the devices signed in to your account.</p>
      </div>
      <ButtonLink to={paths.security.getHref()} variant="secondary" className="self-start">
        Manage security
      </ButtonLink>
    </Card>
  );
}
