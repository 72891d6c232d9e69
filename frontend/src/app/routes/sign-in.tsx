import { useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { homePathFor, safeNext } from '@/config/paths';

export default function SignInRoute() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));
  return (
    <AuthLayout title="Sign in">
      <SignInForm onSuccess={(me) => navigate(me.role === 'client' ? homePathFor('client') : (next ?? homePathFor(me.role)), { replace: true })} />
    </AuthLayout>
  );
}
