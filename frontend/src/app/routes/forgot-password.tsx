import { useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';

export default function ForgotPasswordRoute() {
  const [search] = useSearchParams();
  return (
    <AuthLayout title="Reset your password">
      <ForgotPasswordForm initialEmail={search.get('email') ?? ''} />
    </AuthLayout>
  );
}
