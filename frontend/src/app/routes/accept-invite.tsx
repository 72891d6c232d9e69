import { useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { isSecondStep } from '@/features/auth/api/log-in';
import { AcceptInviteForm } from '@/features/auth/components/accept-invite-form';
import { homePathFor, paths } from '@/config/paths';

export default function AcceptInviteRoute() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <AuthLayout title="Accept your invitation">
      <AcceptInviteForm token={search.get('token') ?? ''} onSuccess={(answer) => (isSecondStep(answer) ? navigate(paths.signIn.getHref(), { replace: true, state: { pendingStep: answer } }) : navigate(homePathFor(answer.role), { replace: true }))} />
    </AuthLayout>
  );
}
