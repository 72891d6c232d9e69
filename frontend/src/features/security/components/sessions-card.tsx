import { useRevokeOtherSessions, useRevokeSession, useSessions } from '@/features/security/api/sessions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formatDateTime } from '@/lib/format';
import { formErrorMessage } from '@/lib/form';

/** Where the account is signed in, by device, with a way to sign any other session out. */
export function SessionsCard({ timeZone }: { timeZone?: string }) {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const toast = useToast();

  let body;
  if (sessions.isPending) body = <Spinner />;
  else if (sessions.isError) body = <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  else {
    const others = sessions.data.items.filter((session) => !session.current).length;
    body = (
      <div className="flex flex-col gap-3">
        <FormAlert message={formErrorMessage(revoke.error ?? revokeOthers.error)} />
        <ul className="divide-y divide-border" aria-label="Signed-in sessions">
          {sessions.data.items.map((session) => (
            <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div className="min-w-0">
                <p className="flex items-center gap-2 font-medium">
                  {session.device}
                  {session.current ? <Badge tone="primary">This device</Badge> : null}
                </p>
                <p className="text-sm text-muted">
                  Signed in {formatDateTime(session.created_at, timeZone)}
                  {session.ip_address ? ` from ${session.ip_address}` : ''} · last active {formatDateTime(session.last_used_at, timeZone)}
                </p>
              </div>
              {session.current ? null : (
                <Button
                  variant="secondary"
                  loading={revoke.isPending && revoke.variables === session.id}
                  aria-label={`Sign out ${session.device}`}
                  onClick={() => revoke.mutate(session.id, { onSuccess: () => toast.success(`${session.device} is signed out.`) })}
                >
                  Sign out
                </Button>
              )}
            </li>
          ))}
        </ul>
        {others > 0 ? (
          <Button
            variant="danger"
            className="self-start"
            loading={revokeOthers.isPending}
            onClick={() => revokeOthers.mutate(undefined, { onSuccess: (ended) => toast.success(`Signed out of ${ended} other ${ended === 1 ? 'session' : 'sessions'}.`) })}
          >
            Sign out everywhere else
          </Button>
        ) : (
          <p className="text-sm text-muted">You are signed in on this device only.</p>
        )}
      </div>
    );
  }

  return (
    <Card className="flex flex-col gap-4">
      <div>
        <h2 className="text-base font-semibold">Where you are signed in</h2>
        <p className="text-sm text-muted">Each browser or app you signed in with. Signing one out ends it within moments, wherever it is.</p>
      </div>
      {body}
    </Card>
  );
}
