import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { useRule } from '@/features/automation/api/get-rule';
import { useDeleteRule } from '@/features/automation/api/get-rules';
import { analyticsText } from '@/features/automation/components/rule-words';
import { RuleEditor } from '@/features/automation/components/rule-editor';
import { RuleRuns } from '@/features/automation/components/rule-runs';
import { Button, ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';

/** Build a new automation (/automations/new) or change one (owners and admins). */
export default function AutomationRoute() {
  const me = useCurrentUser();
  const param = useParams().ruleId ?? 'new';
  const ruleId = param === 'new' ? 0 : Number(param);
  const manager = isManager(me);
  const rule = useRule(ruleId, { enabled: manager && ruleId > 0 });
  const remove = useDeleteRule();
  const navigate = useNavigate();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  if (!manager) return <Navigate to={paths.dashboard.getHref()} replace />;
  const back = (
    <ButtonLink to={paths.automations.getHref()} variant="ghost" className="-ml-3 mb-1">
      ← Automations
    </ButtonLink>
  );
  if (ruleId > 0 && rule.isPending) return <Spinner label="Loading the automation…" />;
  if (ruleId > 0 && rule.isError) return <ErrorState error={rule.error} onRetry={() => rule.refetch()} />;
  const existing = rule.data;

  return (
    <>
      {back}
      <PageHeader
        title={existing ? existing.name : 'New automation'}
        description={existing ? analyticsText(existing.analytics) || undefined : 'Pick what starts it, who it is for, and what it does.'}
        actions={existing ? <Button variant="danger" onClick={() => setConfirming(true)}>Delete</Button> : null}
      />
      <div className="flex max-w-3xl flex-col gap-4">
        <RuleEditor
          key={existing?.id ?? 'new'}
          rule={existing}
          onSaved={(saved) => {
            toast.success(existing ? `“${saved.name}” saved.` : `“${saved.name}” created.`);
            navigate(paths.automations.getHref());
          }}
        />
        {existing ? <RuleRuns ruleId={existing.id} timeZone={me.timezone} /> : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete this automation?"
        confirmLabel="Delete automation"
        danger
        loading={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(ruleId, {
            onSuccess: () => (toast.success('Automation deleted.'), navigate(paths.automations.getHref())),
            onError: (error) => (toast.error(errorMessage(error)), setConfirming(false)),
          })
        }
      >
        Its runs under way stop. Tasks it made stay.
      </ConfirmDialog>
    </>
  );
}
