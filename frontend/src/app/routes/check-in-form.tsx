import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useArchiveCheckInForm } from '@/features/progress/api/archive-check-in-form';
import { useCheckInForm } from '@/features/progress/api/get-check-in-form';
import { CheckInFormBuilder } from '@/features/progress/components/checkins/check-in-form-builder';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';

/** Build a new check-in form (/check-ins/forms/new) or change one. */
export default function CheckInFormRoute() {
  const param = useParams().formId ?? 'new';
  const formId = param === 'new' ? 0 : Number(param);
  const form = useCheckInForm(formId, { enabled: formId > 0 });
  const archive = useArchiveCheckInForm();
  const navigate = useNavigate();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const back = (
    <ButtonLink to={paths.checkInForms.getHref()} variant="ghost" className="-ml-3 mb-1">
      ← Forms
    </ButtonLink>
  );
  if (formId > 0 && form.isPending) return <Spinner label="Loading the form…" />;
  if (formId > 0 && form.isError) return <ErrorState error={form.error} onRetry={() => form.refetch()} />;
  const existing = form.data;

  return (
    <>
      {back}
      <PageHeader
        title={existing ? existing.name : 'New check-in form'}
        description={existing ? `Answered every week by ${existing.clients_count === 1 ? '1 client' : `${existing.clients_count} clients`}. Check-ins already sent keep the questions they answered.` : 'Add the questions your clients answer every week.'}
        actions={existing && !existing.archived_at ? <Button variant="ghost" onClick={() => setConfirming(true)}>Archive</Button> : null}
      />
      <Card className="max-w-3xl">
        <CheckInFormBuilder
          key={existing?.id ?? 'new'}
          form={existing}
          onSaved={(saved) => {
            toast.success(existing ? 'Form saved.' : 'Form created.');
            if (!existing) navigate(paths.checkInForm.getHref(saved.id), { replace: true });
          }}
        />
      </Card>
      <ConfirmDialog
        open={confirming}
        title="Archive this form?"
        confirmLabel="Archive form"
        loading={archive.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          archive.mutate(formId, {
            onSuccess: () => (toast.success('Form archived.'), navigate(paths.checkInForms.getHref())),
            onError: (error) => (toast.error(errorMessage(error)), setConfirming(false)),
          })
        }
      >
        It leaves the list of forms. Check-ins already sent with it stay.
      </ConfirmDialog>
    </>
  );
}
