import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { useMe } from '@/features/auth/api/get-me';
import type { SecondStep } from '@/features/auth/api/log-in';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { homePathFor, safeNext } from '@/config/paths';

export default function SignInRoute() {
  const navigate = useNavigate();
  const me = useMe();
  const [search] = useSearchParams();
  // Set by the unlock page (the account this browser was just unlocked for), or by a password reset or an
  // accepted invitation whose account still needs its two-factor code or setup.
  const state = useLocation().state as { unlockedEmail?: string; pendingStep?: SecondStep } | null;
  const unlockedEmail = state?.unlockedEmail;
  const next = safeNext(search.get('next'));
  const destination = (role: string) => (role === 'client' ? homePathFor('client') : (next ?? homePathFor(role)));

  // Already signed in (a bookmark, the back button): go straight on.
  if (me.data) return <Navigate to={destination(me.data.role)} replace />;
  return (
    <AuthLayout title="Sign in">
      <SignInForm unlockedEmail={unlockedEmail} pendingStep={state?.pendingStep} onSuccess={(account) => navigate(destination(account.role), { replace: true })} />
    </AuthLayout>
  );
}
