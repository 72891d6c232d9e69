import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { PendingInvitations } from '@/features/auth/components/pending-invitations';
import { BillingSettingsLink } from '@/features/billing/components/billing-settings-link';
import { DevelopersLink } from '@/features/developers/api-keys/components/developers-link';
import { NotificationPreferences } from '@/features/notifications/components/notification-preferences';
import { PushDeviceToggle } from '@/features/notifications/push-device-toggle';
import { OutboxCard } from '@/features/notifications/components/outbox-card';
import { WebhooksCard } from '@/features/developers/webhooks/components/webhooks-card';
import { SmsCard } from '@/features/notifications/components/sms-card';
import { MeasurementTypesCard } from '@/features/progress/components/measurements/measurement-types-card';
import { OrganizationSettings } from '@/features/settings/components/organization-settings';
import { PasswordSettings } from '@/features/settings/components/password-settings';
import { RetentionSettings } from '@/features/privacy/components/retention-settings';
import { SecurityLink } from '@/features/security/components/security-link';
import { ReminderSettings } from '@/features/settings/components/reminder-settings';
import { StorageUsageCard } from '@/features/settings/components/storage-usage';
import { TimeZoneSettings } from '@/features/settings/components/time-zone-settings';
import { UnitSettings } from '@/features/settings/components/unit-settings';
import { PageHeader } from '@/components/ui/card';

/** Your time zone, units, password, security and notifications; for owners and admins also the studio, its billing, its pending invitations, outbox, text messages, reminders, measurement types, storage, retention of archived clients and developers' API keys. */
export default function SettingsRoute() {
  const me = useCurrentUser();
  const manager = isManager(me);
  return (
    <>
      <PageHeader title="Settings" description={manager ? 'Your account and the studio.' : 'Your account.'} />
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <TimeZoneSettings me={me} />
          <UnitSettings me={me} />
          <PasswordSettings />
          <SecurityLink />
          <NotificationPreferences />
          <PushDeviceToggle />
        </div>
        {manager ? (
          <div className="flex flex-col gap-4">
            <OrganizationSettings />
            <BillingSettingsLink />
            <PendingInvitations />
            <OutboxCard />
            <WebhooksCard />
            <SmsCard canEdit={me?.role === 'owner'} />
            <ReminderSettings />
            <StorageUsageCard />
            <RetentionSettings />
            <MeasurementTypesCard />
            <DevelopersLink />
          </div>
        ) : null}
      </div>
    </>
  );
}
