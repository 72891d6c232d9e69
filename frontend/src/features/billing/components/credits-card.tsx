import { useState } from 'react';
import type { CreditGrant } from '@/features/billing/api';
import { credits, sessionKindsLabel } from '@/features/billing/format';
import { useAdjustCredits } from '@/features/billing/mutations';
import { useCreditLedger, useCredits } from '@/features/billing/queries';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { InputField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';
import { dayIn, formatDate, formatDateTime } from '@/lib/format';

const expiry = (grant: CreditGrant, timeZone: string) => (grant.expires_at ? `until ${formatDate(dayIn(grant.expires_at, timeZone))}` : 'no expiry');

/** A client's session credits: how many are left, for which kinds, which grants they come from, and (`withLedger`) every change. */
export function CreditsCard({ clientId, timeZone, canAdjust = false, withLedger = true, title = 'Session credits' }: { clientId: number; timeZone: string; canAdjust?: boolean; withLedger?: boolean; title?: string }) {
  const summary = useCredits(clientId);
  const [adjusting, setAdjusting] = useState(false);
  return (
    <Card data-testid="credits">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold">{title}</h3>
          {summary.data ? (
            <p className="text-sm text-muted" data-testid="credits-left">
              <span className="text-2xl font-bold text-foreground">{summary.data.balance}</span> {summary.data.balance === 1 ? 'credit' : 'credits'} left
            </p>
          ) : null}
        </div>
        {canAdjust ? (
          <Button variant="secondary" onClick={() => setAdjusting(true)}>
            Adjust credits
          </Button>
        ) : null}
      </div>
      {summary.isPending ? <Spinner label="Loading credits…" /> : null}
      {summary.isError ? <ErrorState error={summary.error} onRetry={() => summary.refetch()} /> : null}
      {summary.data ? (
        summary.data.grants.length ? (
          <>
            {new Set(Object.values(summary.data.by_kind)).size > 1 ? (
              <p className="mb-2 text-sm">
                {Object.entries(summary.data.by_kind)
                  .map(([kind, available]) => `${credits(available)} for ${sessionKindsLabel([kind])}`)
                  .join(' · ')}
              </p>
            ) : null}
            <ul className="flex flex-col divide-y divide-border text-sm" aria-label="Open credit grants">
              {summary.data.grants.map((grant) => (
                <li key={grant.id} className="flex flex-wrap justify-between gap-x-3 py-2">
                  <span>
                    {grant.source ?? 'Credits'} · {sessionKindsLabel(grant.session_kinds)}
                  </span>
                  <span className="text-muted">
                    {grant.remaining} of {grant.quantity} left, {expiry(grant, timeZone)}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <EmptyState compact title="No credits">
            Credits come with a session pack or a membership.
          </EmptyState>
        )
      ) : null}
      {withLedger ? <CreditLedger clientId={clientId} timeZone={timeZone} /> : null}
      {canAdjust && summary.data ? <AdjustCreditsDialog clientId={clientId} open={adjusting} onClose={() => setAdjusting(false)} /> : null}
    </Card>
  );
}

function CreditLedger({ clientId, timeZone }: { clientId: number; timeZone: string }) {
  const [page, setPage] = useState(1);
  const ledger = useCreditLedger(clientId, page);
  return (
    <details className="mt-3 border-t border-border pt-2">
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium">Every change to these credits</summary>
      {ledger.isPending ? <Spinner /> : null}
      {ledger.isError ? <ErrorState error={ledger.error} onRetry={() => ledger.refetch()} /> : null}
      {ledger.data ? (
        <>
          <ol className="flex flex-col divide-y divide-border text-sm" aria-label="Credit ledger">
            {ledger.data.items.map((entry) => (
              <li key={entry.id} className="flex flex-wrap justify-between gap-x-3 py-2">
                <span>
                  {entry.sentence}
                  
                </span>
                <span className="flex gap-3 text-muted">
                  <span className={entry.quantity > 0 ? 'text-success' : undefined}>{entry.quantity > 0 ? `+${entry.quantity}` : entry.quantity}</span>
                  <time dateTime={entry.created_at}>{formatDateTime(entry.created_at, timeZone)}</time>
                </span>
              </li>
            ))}
          </ol>
          {ledger.data.meta.pages > 1 ? (
            <div className="mt-2 flex justify-between">
              <Button variant="ghost" disabled={!ledger.data.meta.has_prev} onClick={() => setPage(page - 1)}>
                ← Newer
              </Button>
              <Button variant="ghost" disabled={!ledger.data.meta.has_next} onClick={() => setPage(page + 1)}>
                Older →
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </details>
  );
}

function AdjustCreditsDialog({ clientId, open, onClose }: { clientId: number; open: boolean; onClose: () => void }) {
  const adjust = useAdjustCredits(clientId);
  const toast = useToast();
  const [quantity, setQuantity] = useState('1');
  const [note, setNote] = useState('');
  const fields = serverFieldErrors(adjust.error);
  const count = Number.parseInt(quantity, 10);
  const invalid = !Number.isInteger(count) || count === 0 ? 'Enter a whole number other than 0: negative takes credits away.' : undefined;
  return (
    <Dialog open={open} onClose={onClose} title="Adjust credits">
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (invalid || !note.trim()) return;
          adjust.mutate(
            { quantity: count, note: note.trim() },
            {
              onSuccess: () => {
                toast.success(count > 0 ? `${credits(count)} added.` : `${credits(-count)} taken away.`);
                onClose();
              },
            },
          );
        }}
      >
        <FormAlert message={formErrorMessage(adjust.error)} />
        <InputField label="Credits to add (negative to take away)" type="number" step={1} value={quantity} onChange={(event) => setQuantity(event.target.value)} error={fields.quantity ?? (quantity ? invalid : undefined)} />
        <TextareaField label="Why" required value={note} onChange={(event) => setNote(event.target.value)} error={fields.note} hint="Kept in the ledger and the activity log." />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={adjust.isPending} disabled={!!invalid || !note.trim()}>
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
