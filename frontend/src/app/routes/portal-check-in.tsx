import { useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { useCheckIn } from '@/features/progress/api/get-check-in';
import { useCheckInDue } from '@/features/progress/api/get-check-in-due';
import { useClientCheckIns } from '@/features/progress/api/get-client-check-ins';
import { CheckInAnswers } from '@/features/progress/components/checkins/check-in-answers';
import { CheckInFillForm } from '@/features/progress/components/checkins/check-in-fill-form';
import { dueDay } from '@/features/progress/components/checkins/check-in-words';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';

/** One week's check-in on the client's phone: the form while it is due, what they sent (and the reply) after. */
export default function PortalCheckInRoute() {
  const me = useCurrentUser();
  const clientId = me.client_id ?? 0;
  const dueOn = useParams().dueOn ?? '';
  const toast = useToast();
  const due = useCheckInDue(clientId);
  const sent = useClientCheckIns(clientId);
  const sentId = sent.data?.items.find((item) => item.due_on === dueOn)?.id ?? (due.data?.next_due?.due_on === dueOn ? due.data.next_due.submission_id : null);
  const checkIn = useCheckIn(sentId);
  const back = (
    <ButtonLink to={paths.portalCheckIns.getHref()} variant="ghost" className="-ml-3 mb-1">
      ← Check-ins
    </ButtonLink>
  );
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  if (due.isPending || sent.isPending || (sentId && checkIn.isPending)) return <Spinner label="Loading the check-in…" />;
  if (due.isError) return <ErrorState error={due.error} onRetry={() => due.refetch()} />;
  const open = due.data.next_due?.due_on === dueOn || due.data.overdue.includes(dueOn);
  const title = /^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? `Check-in due ${dueDay(dueOn)}` : 'Check-in';

  return (
    <>
      {back}
      <PageHeader title={title} description={due.data.assignment?.form_name} />
      {checkIn.data ? (
        <Card>
          <CheckInAnswers checkIn={checkIn.data} />
          {!checkIn.data.reply ? <p className="mt-4 text-sm text-muted">Sent. Your coach has not replied yet.</p> : null}
        </Card>
      ) : open && due.data.questions ? (
        <Card>
          <CheckInFillForm
            clientId={clientId}
            dueOn={dueOn}
            questions={due.data.questions}
            onSent={() => {
              toast.success('Check-in sent to your coach.');
              window.scrollTo({ top: 0 });
            }}
          />
        </Card>
      ) : (
        <EmptyState title="Nothing to fill in for this week" action={<ButtonLink to={paths.portalCheckIns.getHref()}>See your check-ins</ButtonLink>}>
          This week has no check-in due, or it was not part of your weekly check-in.
        </EmptyState>
      )}
    </>
  );
}
