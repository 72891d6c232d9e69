import { useNavigate } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import { homePathFor } from '@/config/paths';

export default function SignUpRoute() {
  const navigate = useNavigate();
  return (
    <AuthLayout title="Create your studio">
      <SignUpForm onSuccess={(me) => navigate(homePathFor(me.role), { replace: true })} />
    </AuthLayout>
  );
}
