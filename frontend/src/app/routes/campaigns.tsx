import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { CampaignList } from '@/features/campaigns/components/campaign-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** The studio's email campaigns (owners and admins), newest first, with the way to segments. */
export default function CampaignsRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <PageHeader
        title="Campaigns"
        description={`Email to a segment of your clients, now or later; times in ${me.timezone.replaceAll('_', ' ')} time.`}
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink to={paths.segments.getHref()} variant="secondary">
              Segments
            </ButtonLink>
            <ButtonLink to={paths.campaignNew.getHref()}>New campaign</ButtonLink>
          </div>
        }
      />
      <CampaignList timeZone={me.timezone} />
    </>
  );
}
