import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { TaskList } from '@/features/tasks/components/task-list';
import { PageHeader } from '@/components/ui/card';

/** Tasks for staff: a trainer's own, everyone's for owners and admins. */
export default function TasksRoute() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title="Tasks" description={isManager(me) ? "Everyone's tasks, soonest due first." : 'Your tasks, soonest due first.'} />
      <TaskList timeZone={me.timezone} canAssign={isManager(me)} />
    </>
  );
}
