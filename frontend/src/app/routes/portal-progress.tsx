import { useCurrentUser } from '@/app/use-current-user';
import { ProgressMeasurements } from '@/features/progress/components/measurements/progress-measurements';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';
import { EmptyState } from '@/components/ui/states';

/** The client portal's "Progress": enter today's measurements on the phone, see the latest, the charts and the history. */
export default function PortalProgressRoute() {
  const me = useCurrentUser();
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  return (
    <>
      <ButtonLink to={paths.portal.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Portal
      </ButtonLink>
      <PageHeader title="Progress" description={`Your measurements in ${me.weight_unit} and ${me.length_unit}; change the units under Account on the portal page.`} />
      <ProgressMeasurements clientId={me.client_id} timeZone={me.timezone} who="your" />
    </>
  );
}
