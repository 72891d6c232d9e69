import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { StaffCalendar } from '@/features/scheduling/components/calendar/staff-calendar';
import { PageHeader } from '@/components/ui/card';

export default function CalendarRoute() {
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title="Calendar" description={`${isManager(me) ? "Every trainer's sessions" : 'Your sessions'}, in ${me.timezone.replaceAll('_', ' ')} time.`} />
      <StaffCalendar me={me} />
    </>
  );
}
