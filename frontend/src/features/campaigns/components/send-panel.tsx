import { useState } from 'react';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { useCancelCampaign, useSendCampaign } from '@/features/campaigns/api/send-campaign';
import { wallClockToInstant } from '@/features/campaigns/components/campaign-words';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';
import { formatDateTime } from '@/lib/format';

/** Send a saved campaign now or at a time in the reader's zone; cancel a scheduled or sending one. */
export function SendPanel({ campaign, timeZone }: { campaign: Campaign; timeZone: string }) {
  const [when, setWhen] = useState('');
  const [confirming, setConfirming] = useState<'now' | 'later' | 'cancel' | null>(null);
  const send = useSendCampaign();
  const cancel = useCancelCampaign();
  const toast = useToast();
  const scheduledAt = when ? wallClockToInstant(when, timeZone) : null;
  const zoneName = timeZone.replaceAll('_', ' ');

  function go() {
    if (confirming === 'cancel') {
      cancel.mutate(campaign.id, {
        onSuccess: () => toast.success(`“${campaign.name}” is cancelled.`),
        onSettled: () => setConfirming(null),
      });
      return;
    }
    send.mutate(
      { id: campaign.id, scheduledAt: confirming === 'later' && scheduledAt ? scheduledAt : undefined },
      {
        onSuccess: (sent) =>
          toast.success(confirming === 'later' ? `“${sent.name}” goes out ${formatDateTime(sent.scheduled_at, timeZone)}.` : `“${sent.name}” is on its way.`),
        onSettled: () => setConfirming(null),
      },
    );
  }

  return (
    <Card className="flex flex-col gap-3 p-4">
      <h2 className="text-base font-semibold">Send</h2>
      {campaign.status === 'scheduled' ? <p className="text-sm">Goes out {formatDateTime(campaign.scheduled_at, timeZone)}. You can still change it or move it.</p> : null}
      <div className="flex flex-wrap items-end gap-3">
        <Button onClick={() => setConfirming('now')}>Send now</Button>
        <InputField
          label={`Or at (${zoneName} time)`}
          type="datetime-local"
          value={when}
          error={serverFieldErrors(send.error).scheduled_at}
          onChange={(event) => setWhen(event.target.value)}
        />
        <Button variant="secondary" disabled={!scheduledAt} onClick={() => setConfirming('later')}>
          Schedule
        </Button>
        {campaign.status === 'scheduled' ? (
          <Button variant="ghost" onClick={() => setConfirming('cancel')}>
            Cancel campaign
          </Button>
        ) : null}
      </div>
      <FormAlert message={formErrorMessage(send.error ?? cancel.error)} />
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'cancel' ? 'Cancel this campaign?' : confirming === 'later' ? 'Schedule this campaign?' : 'Send this campaign now?'}
        confirmLabel={confirming === 'cancel' ? 'Cancel campaign' : confirming === 'later' ? 'Schedule' : 'Send now'}
        danger={confirming === 'cancel'}
        loading={send.isPending || cancel.isPending}
        onConfirm={go}
        onClose={() => setConfirming(null)}
      >
        {confirming === 'cancel'
          ? 'Nobody else will get it. Emails already on their way still arrive.'
          : `“${campaign.subject}” goes to everyone in “${campaign.segment_name}” who has an email address and has not turned campaign email off${
              confirming === 'later' && scheduledAt ? `, ${formatDateTime(scheduledAt, timeZone)}` : ''
            }.`}
      </ConfirmDialog>
    </Card>
  );
}
