import { useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { homePathFor } from '@/config/paths';

export default function ResetPasswordRoute() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <AuthLayout title="Choose a new password">
      <ResetPasswordForm token={search.get('token') ?? ''} onSuccess={(me) => navigate(homePathFor(me.role), { replace: true })} />
    </AuthLayout>
  );
}
