import { useSetTwoFactorRequirement, useTwoFactorRequirement } from '@/features/security/api/two-factor-requirement';
import { Card } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage } from '@/lib/form';

/** The studio's rule that every staff account signs in with two factors (owners change it; admins see it). */
export function RequirementCard({ canChange }: { canChange: boolean }) {
  const requirement = useTwoFactorRequirement();
  const change = useSetTwoFactorRequirement();
  const toast = useToast();

  let body;
  if (requirement.isPending) body = <Spinner />;
  else if (requirement.isError) body = <ErrorState error={requirement.error} onRetry={() => void requirement.refetch()} />;
  else {
    const { required_for_staff: required, staff_count: staff, staff_without_two_factor: lacking } = requirement.data;
    body = (
      <div className="flex flex-col gap-3">
        <FormAlert message={formErrorMessage(change.error)} />
        <Checkbox
          label="Require two-factor sign-in for every owner, admin and trainer"
          checked={required}
          disabled={!canChange || change.isPending}
          onChange={(event) =>
            change.mutate(event.target.checked, {
              onSuccess: (saved) => toast.success(saved.required_for_staff ? 'Staff must now sign in with two factors.' : 'Two-factor sign-in is now optional for staff.'),
            })
          }
        />
        <p className="text-sm text-muted">
          {lacking.length === 0
            ? `All ${staff} staff accounts use it.`
            : `${staff - lacking.length} of ${staff} staff accounts use it. Not yet: ${lacking.join(', ')}.`}
          {required && lacking.length > 0 ? ' They will be asked to set it up when they next sign in.' : ''}
        </p>
        {canChange ? null : <p className="text-sm text-muted">Only an owner can change this.</p>}
      </div>
    );
  }

  return (
    <Card className="flex flex-col gap-4">
      <div>
        <h2 className="text-base font-semibold">Studio rule</h2>
        <p className="text-sm text-muted">When required, staff without two-factor sign-in are signed out and must set it up at their next sign-in. Clients are never required.</p>
      </div>
      {body}
    </Card>
  );
}
