import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { ActivityLog } from '@/features/activity/components/activity-log';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

export default function ActivityRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <PageHeader title="Activity" description="Who changed what, and when." />
      <ActivityLog timeZone={me.timezone} />
    </>
  );
}
