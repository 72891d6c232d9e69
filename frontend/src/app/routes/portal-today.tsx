import { useCurrentUser } from '@/app/use-current-user';
import { TodayScreen } from '@/features/training/components/workouts/today-screen';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** The client portal's "Today": today's workout to log on the phone, online or not. */
export default function PortalTodayRoute() {
  const me = useCurrentUser();
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  return (
    <>
      <ButtonLink to={paths.portal.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Portal
      </ButtonLink>
      <TodayScreen userId={me.id} />
    </>
  );
}
