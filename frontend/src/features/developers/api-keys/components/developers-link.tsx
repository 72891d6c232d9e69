import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** Settings' way into Developers (owners and admins): API keys for the public API. */
export function DevelopersLink() {
  return (
    <Card className="flex flex-col gap-3">
      <div>
        <h2 className="text-base font-semibold">Developers</h2>
        <p className="text-sm text-muted">API keys that let other programs (Zapier, your website, accounting) work with the studio&apos;s data through the public API.</p>
      </div>
      <ButtonLink to={paths.developerKeys.getHref()} variant="secondary" className="self-start">
        Manage API keys
      </ButtonLink>
    </Card>
  );
}
