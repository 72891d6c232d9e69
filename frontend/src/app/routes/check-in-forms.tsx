import { Link } from 'react-router';
import { useCheckInForms } from '@/features/progress/api/get-check-in-forms';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';

/** The studio's check-in forms, to build new ones and change them. */
export default function CheckInFormsRoute() {
  const forms = useCheckInForms();
  return (
    <>
      <ButtonLink to={paths.checkIns.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Check-ins
      </ButtonLink>
      <PageHeader title="Check-in forms" description="The questions your clients answer every week." actions={<ButtonLink to={paths.checkInForm.getHref(0).replace(/0$/, 'new')}>New form</ButtonLink>} />
      {forms.isPending ? (
        <Spinner label="Loading forms…" />
      ) : forms.isError ? (
        <ErrorState error={forms.error} onRetry={() => forms.refetch()} />
      ) : forms.data.items.length === 0 ? (
        <EmptyState title="No check-in forms yet" action={<ButtonLink to={paths.checkInForm.getHref(0).replace(/0$/, 'new')}>Build your first form</ButtonLink>}>
          A form holds the questions a client answers each week: 1–10 scales, numbers, text, choices and photos.
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-border" aria-label="Check-in forms">
            {forms.data.items.map((form) => (
              <li key={form.id}>
                <Link to={paths.checkInForm.getHref(form.id)} className="flex min-h-12 flex-wrap items-center justify-between gap-2 py-3 hover:underline">
                  <span className="font-medium">{form.name}</span>
                  <span className="text-sm text-muted">
                    {form.question_count} {form.question_count === 1 ? 'question' : 'questions'} · {form.clients_count === 1 ? '1 client' : `${form.clients_count} clients`} · changed {formatDate(form.updated_at ?? form.created_at)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
