import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useUnlockSignIn } from '@/features/auth/api/unlock-sign-in';
import { ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** Spends the emailed unlock link once, then hands over to sign-in with the email filled in. */
export function UnlockSignIn({ token, onUnlocked }: { token: string; onUnlocked: (email: string) => void }) {
  const unlock = useUnlockSignIn();
  const { mutate } = unlock;
  // The link works once: a second run of the effect (React's development double run) must not spend it again.
  const spent = useRef<string | null>(null);

  useEffect(() => {
    if (token.length < 20 || spent.current === token) return;
    spent.current = token;
    mutate(token, { onSuccess: (result) => onUnlocked(result.email) });
  }, [token, mutate, onUnlocked]);

  if (token.length < 20) return <ErrorState error={new Error('This unlock link is incomplete. Open the link from your email again.')} />;
  if (unlock.isError) {
    return (
      <div className="flex flex-col gap-4">
        <ErrorState error={unlock.error} />
        <p className="text-center text-sm">
          <Link to={paths.signIn.getHref()} className="font-semibold text-primary-text underline-offset-2 hover:underline">
            Back to sign in
          </Link>
        </p>
      </div>
    );
  }
  return <Spinner label="Unlocking sign-in on this browser…" />;
}
