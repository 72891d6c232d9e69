import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { PendingInvitations } from '@/features/auth/components/pending-invitations';
import { OrganizationSettings } from '@/features/settings/components/organization-settings';
import { PasswordSettings } from '@/features/settings/components/password-settings';
import { ReminderSettings } from '@/features/settings/components/reminder-settings';
import { StorageUsageCard } from '@/features/settings/components/storage-usage';
import { TimeZoneSettings } from '@/features/settings/components/time-zone-settings';
import { PageHeader } from '@/components/ui/card';

/** Your time zone and password; for owners and admins also the studio, its pending invitations, reminders and storage. */
export default function SettingsRoute() {
  const me = useCurrentUser();
  const manager = isManager(me);
  return (
    <>
      <PageHeader title="Settings" description={manager ? 'Your account and the studio.' : 'Your account.'} />
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <TimeZoneSettings me={me} />
          <PasswordSettings />
        </div>
        {manager ? (
          <div className="flex flex-col gap-4">
            <OrganizationSettings />
            <PendingInvitations />
            <ReminderSettings />
            <StorageUsageCard />
          </div>
        ) : null}
      </div>
    </>
  );
}
