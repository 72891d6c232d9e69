import { useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { isSecondStep } from '@/features/auth/api/log-in';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { homePathFor, paths } from '@/config/paths';

export default function ResetPasswordRoute() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <AuthLayout title="Choose a new password">
      <ResetPasswordForm token={search.get('token') ?? ''} onSuccess={(answer) => (isSecondStep(answer) ? navigate(paths.signIn.getHref(), { replace: true, state: { pendingStep: answer } }) : navigate(homePathFor(answer.role), { replace: true }))} />
    </AuthLayout>
  );
}
