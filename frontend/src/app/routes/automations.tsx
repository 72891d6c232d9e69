import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { RuleList } from '@/features/automation/components/rule-list';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

/** The studio's automations (owners and admins): what each does, how it has done, and on/off. */
export default function AutomationsRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  return (
    <>
      <PageHeader title="Automations" description="Messages, tasks and tags that follow what happens to your clients."
        actions={<ButtonLink to={paths.automationNew.getHref()}>New automation</ButtonLink>}
      />
      <RuleList />
    </>
  );
}
