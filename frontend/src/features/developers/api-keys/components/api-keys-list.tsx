import { useState } from 'react';
import { useApiKeys, type ApiKey } from '@/features/developers/api-keys/api/get-api-keys';
import { useRevokeApiKey } from '@/features/developers/api-keys/api/revoke-api-key';
import { CreateKeyDialog } from '@/features/developers/api-keys/components/create-key-dialog';
import { STATUS_LABELS, lastUsedSentence, madeSentence } from '@/features/developers/api-keys/components/key-words';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Checkbox } from '@/components/ui/field';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

/** The studio's keys with their scopes, expiry and last use; make one, revoke one. */
export function ApiKeysList({ timeZone }: { timeZone: string }) {
  const [query, setQuery] = useState({ page: 1, per_page: 25, include_revoked: false });
  const keys = useApiKeys(query);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useRevokeApiKey();
  const toast = useToast();

  function confirmRevoke() {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: (key) => {
        toast.success(`“${key.name}” no longer works.`);
        setRevoking(null);
      },
      onError: (error) => toast.error(errorMessage(error)),
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Checkbox label="Show revoked keys" checked={query.include_revoked} onChange={(event) => setQuery({ ...query, page: 1, include_revoked: event.target.checked })} />
        <Button onClick={() => setCreating(true)}>Make a key</Button>
      </div>
      {keys.isPending ? (
        <Spinner label="Loading API keys…" />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
      ) : keys.data.items.length === 0 ? (
        <EmptyState title="No API keys yet" action={<Button onClick={() => setCreating(true)}>Make a key</Button>}>
          A key lets another program (Zapier, your website, your accounting) read and change the studio&apos;s data through the public API.
        </EmptyState>
      ) : (
        <Card>
          <ul aria-label="API keys" className="flex flex-col divide-y divide-border">
            {keys.data.items.map((key) => (
              <li key={key.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{key.name}</span>
                    <span className="font-mono text-xs text-muted">{key.prefix}…</span>
                    <Badge tone={STATUS_LABELS[key.status]?.tone ?? 'neutral'}>{STATUS_LABELS[key.status]?.label ?? key.status}</Badge>
                  </p>
                  <p className="mt-1 text-sm">{key.scopes.map((scope) => scope.label).join(' · ')}</p>
                  <p className="mt-1 text-xs text-muted">{madeSentence(key, timeZone)}</p>
                  <p className="text-xs text-muted">{lastUsedSentence(key, timeZone)}</p>
                </div>
                {key.status === 'revoked' ? null : (
                  <Button variant="secondary" className="self-start" onClick={() => setRevoking(key)} aria-label={`Revoke ${key.name}`}>
                    Revoke
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <ListFooter meta={keys.data.meta} onPage={(page) => setQuery({ ...query, page })} onPerPage={(per_page) => setQuery({ ...query, page: 1, per_page })} />
        </Card>
      )}
      <CreateKeyDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke key"
        danger
        loading={revoke.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      >
        Anything using this key stops working at once. This cannot be undone; you can make a new key.
      </ConfirmDialog>
    </div>
  );
}
