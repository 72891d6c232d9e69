import { useState, type FormEvent } from 'react';
import { useMe } from '@/features/auth/api/get-me';
import { useCheckIn } from '@/features/progress/api/get-check-in';
import { useMarkCheckInReviewed, useReplyToCheckIn } from '@/features/progress/api/review-check-in';
import { CheckInAnswers } from '@/features/progress/components/checkins/check-in-answers';
import { shortDate } from '@/features/progress/components/checkins/check-in-words';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/field';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { ApiError, errorMessage } from '@/lib/api-error';
import { formatDateTime } from '@/lib/format';

/** A coach reads a check-in, replies to it and marks it reviewed. */
export function CheckInReview({ submissionId }: { submissionId: number }) {
  const checkIn = useCheckIn(submissionId);
  const reply = useReplyToCheckIn();
  const review = useMarkCheckInReviewed();
  const toast = useToast();
  const timeZone = useMe().data?.timezone;
  const [text, setText] = useState<string | null>(null);

  if (checkIn.isPending) return <Spinner label="Loading the check-in…" />;
  if (checkIn.isError) return <ErrorState error={checkIn.error} onRetry={() => checkIn.refetch()} />;
  const data = checkIn.data;
  const draft = text ?? data.reply ?? '';
  const send = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate({ submissionId, reply: draft }, { onSuccess: () => (toast.success('Reply sent.'), setText(null)) });
  };

  return (
    <div className="flex flex-col gap-5 pb-6">
      <div>
        <p className="font-semibold">{data.client_name}</p>
        <p className="text-sm text-muted">
          {data.form_name} · due {shortDate(data.due_on)} · sent {formatDateTime(data.submitted_at, timeZone)}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          {data.late ? <Badge tone="warning">Sent late</Badge> : null}
          {data.reviewed_at ? <Badge tone="success">Reviewed{data.reviewed_by_name ? ` by ${data.reviewed_by_name}` : ''}</Badge> : <Badge tone="primary">To review</Badge>}
        </div>
      </div>
      <CheckInAnswers checkIn={data} />
      <form onSubmit={send} className="flex flex-col gap-3" aria-label="Reply">
        <TextareaField
          label={data.reply ? 'Change your reply' : 'Reply to the client'}
          rows={4}
          value={draft}
          onChange={(event) => setText(event.target.value)}
          maxLength={5000}
          required
          error={reply.error instanceof ApiError ? (reply.error.fieldError('reply') ?? reply.error.message) : undefined}
        />
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="submit" variant="secondary" loading={reply.isPending}>
            Send reply
          </Button>
          {!data.reviewed_at ? (
            <Button loading={review.isPending} onClick={() => review.mutate({ submissionId }, { onSuccess: () => toast.success('Marked reviewed.'), onError: (error) => toast.error(errorMessage(error)) })}>
              Mark reviewed
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
