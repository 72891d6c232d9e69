import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/app/layouts/auth-layout';
import { UnlockSignIn } from '@/features/auth/components/unlock-sign-in';
import { paths } from '@/config/paths';

export default function UnlockSignInRoute() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const onUnlocked = useCallback((email: string) => navigate(paths.signIn.getHref(), { replace: true, state: { unlockedEmail: email } }), [navigate]);
  return (
    <AuthLayout title="Unlock sign-in">
      <UnlockSignIn token={search.get('token') ?? ''} onUnlocked={onUnlocked} />
    </AuthLayout>
  );
}
