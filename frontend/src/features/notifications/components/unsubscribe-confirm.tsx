import { Link } from 'react-router';
import { useUnsubscribe, useUnsubscribePreview } from '@/features/notifications/api/unsubscribe';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formErrorMessage } from '@/lib/form';

/** Says what an emailed unsubscribe link turns off and does it with one click; no sign-in needed. */
export function UnsubscribeConfirm({ token }: { token: string }) {
  const preview = useUnsubscribePreview(token);
  const unsubscribe = useUnsubscribe(token);

  if (!token) return <ErrorState error={new Error('This unsubscribe link is incomplete. Open the link from your email again.')} />;
  if (preview.isPending) return <Spinner label="Reading the link…" />;
  if (preview.isError) return <ErrorState error={preview.error} />;

  const { organization_name: studio, address, topic_label: topic, subscribed } = preview.data;
  return (
    <div className="flex flex-col gap-4">
      <dl className="flex flex-col gap-3 text-sm">
        <div>
          <dt className="text-muted">Emails about</dt>
          <dd className="font-semibold">{topic}</dd>
        </div>
        <div>
          <dt className="text-muted">From</dt>
          <dd className="font-semibold">{studio}</dd>
        </div>
        <div>
          <dt className="text-muted">To</dt>
          <dd className="break-all font-semibold">{address}</dd>
        </div>
      </dl>
      <FormAlert message={formErrorMessage(unsubscribe.error)} />
      {subscribed ? (
        <>
          <p className="text-sm">{studio} will stop sending these emails to this address. Invitations, password links and security notices still arrive.</p>
          <Button className="w-full" loading={unsubscribe.isPending} onClick={() => unsubscribe.mutate()}>
            Unsubscribe
          </Button>
        </>
      ) : (
        <p role="status" className="rounded-lg bg-success-soft px-3 py-2 text-sm font-medium text-success">
          {unsubscribe.isSuccess ? 'Done: you are unsubscribed.' : 'You are already unsubscribed.'} {address} no longer receives these emails from {studio}.
        </p>
      )}
      <p className="text-center text-sm text-muted">
        Changed your mind? Turn them back on under Settings once{' '}
        <Link to={paths.signIn.getHref(paths.settings.getHref())} className="font-semibold text-primary-text underline-offset-2 hover:underline">
          signed in
        </Link>
        .
      </p>
    </div>
  );
}
