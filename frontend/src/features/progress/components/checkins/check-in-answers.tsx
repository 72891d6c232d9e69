import { useMe } from '@/features/auth/api/get-me';
import type { CheckIn } from '@/features/progress/api/get-check-in';
import { formatDateTime } from '@/lib/format';

function AnswerText({ item }: { item: CheckIn['items'][number] }) {
  const answer = item.answer;
  if (!answer) return <p className="text-muted">Not answered</p>;
  if (item.question.kind === 'scale') return <p className="text-lg font-semibold">{answer.number} / 10</p>;
  if (answer.number != null) return <p className="font-semibold">{answer.number.toLocaleString()}</p>;
  if (answer.choice != null) return <p className="font-semibold">{answer.choice}</p>;
  if (item.question.kind === 'photo') {
    if (!answer.photo) return <p className="text-muted">The photo was removed.</p>;
    return (
      <a href={answer.photo.url} target="_blank" rel="noreferrer" className="inline-block">
        <img src={answer.photo.thumbnail_url} alt={item.question.label} className="max-h-64 rounded-lg border border-border" />
      </a>
    );
  }
  return <p className="whitespace-pre-line">{answer.text}</p>;
}

/** A sent check-in: each question with its answer, then the coach's reply (its time in the reader's zone). */
export function CheckInAnswers({ checkIn }: { checkIn: CheckIn }) {
  const timeZone = useMe().data?.timezone;
  return (
    <div className="flex flex-col gap-4">
      <dl className="flex flex-col gap-4">
        {checkIn.items.map((item) => (
          <div key={item.question.key}>
            <dt className="text-sm font-medium text-muted">{item.question.label}</dt>
            <dd className="mt-1">
              <AnswerText item={item} />
            </dd>
          </div>
        ))}
      </dl>
      {checkIn.reply ? (
        <section className="rounded-lg border border-primary bg-primary-soft p-3" aria-label="Coach's reply">
          <h3 className="text-sm font-semibold text-primary-text">
            {checkIn.replied_by_name ? `Reply from ${checkIn.replied_by_name}` : "Coach's reply"}
            {checkIn.replied_at ? ` · ${formatDateTime(checkIn.replied_at, timeZone)}` : ''}
          </h3>
          <p className="mt-1 whitespace-pre-line" data-testid="check-in-reply">
            {checkIn.reply}
          </p>
        </section>
      ) : null}
    </div>
  );
}
