import { useState } from 'react';
import type { Membership } from '@/features/billing/api';
import { membershipPrice, membershipStatus, noticeSentence, todayIn } from '@/features/billing/format';
import { useMembershipAction } from '@/features/billing/mutations';
import { useClientMemberships, useProducts } from '@/features/billing/queries';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { dayIn, formatDate } from '@/lib/format';

type Action = 'cancel' | 'pause' | 'resume';

/** Where a membership stands, in one sentence. */
export function membershipSituation(membership: Membership, timeZone: string): string {
  if (membership.status === 'past_due') {
    const retry = membership.next_retry_at ? ` The payment is tried again on ${formatDate(dayIn(membership.next_retry_at, timeZone))}.` : '';
    return `The last renewal was not paid.${retry}`;
  }
  if (membership.status === 'paused') return `Paused${membership.paused_at ? ` since ${formatDate(dayIn(membership.paused_at, timeZone))}` : ''}.`;
  if (membership.ends_on) return membership.ends_explained ?? `Ends on ${formatDate(membership.ends_on)}.`;
  if (membership.status === 'active') return `Renews on ${formatDate(membership.current_period_end)}${membership.collection === 'stripe' ? ', charged to the saved card' : ''}.`;
  return `Ended${membership.ends_on ? ` on ${formatDate(membership.ends_on)}` : ''}.`;
}

/**
 * A client's memberships. Staff (`canManage`) may pause, resume and cancel; the client may cancel
 * their own, after reading what their notice period means.
 */
export function MembershipsCard({ clientId, timeZone, canManage, forClient = false }: { clientId: number; timeZone: string; canManage: boolean; forClient?: boolean }) {
  const memberships = useClientMemberships(clientId);
  const act = useMembershipAction();
  const toast = useToast();
  const [confirming, setConfirming] = useState<{ membership: Membership; action: Action } | null>(null);
  const today = todayIn(timeZone);
  // A membership names its product; the product says how much notice it takes (staff only).
  const products = useProducts({ kind: 'membership' }, { enabled: canManage });
  const noticeDays = (membership: Membership) => products.data?.items.find((product) => product.id === membership.product_id)?.notice_days;

  const run = () => {
    if (!confirming) return;
    const { membership, action } = confirming;
    act.mutate(
      { membershipId: membership.id, action },
      {
        onSuccess: (updated) => {
          toast.success(action === 'cancel' ? (updated.ends_explained ?? `${membership.product_name} ends on ${formatDate(updated.ends_on)}.`) : `${membership.product_name} is ${action === 'pause' ? 'paused' : 'active again'}.`);
          setConfirming(null);
        },
        onError: (error) => {
          toast.error(errorMessage(error));
          setConfirming(null);
        },
      },
    );
  };

  return (
    <Card data-testid="memberships">
      <h3 className="mb-3 font-semibold">{forClient ? 'Your memberships' : 'Memberships'}</h3>
      {memberships.isPending ? <Spinner label="Loading memberships…" /> : null}
      {memberships.isError ? <ErrorState error={memberships.error} onRetry={() => memberships.refetch()} /> : null}
      {memberships.data && !memberships.data.items.length ? (
        <EmptyState compact title="No memberships">
          {forClient ? 'Ask your studio about a membership.' : 'Sell a membership from the catalogue to start one.'}
        </EmptyState>
      ) : null}
      <ul className="flex flex-col divide-y divide-border">
        {memberships.data?.items.map((membership) => {
          const status = membershipStatus(membership.status);
          const live = membership.status === 'active' || membership.status === 'past_due' || membership.status === 'paused';
          return (
            <li key={membership.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {membership.product_name} <Badge tone={status.tone}>{status.label}</Badge>
                </p>
                <p className="text-sm text-muted">
                  {membershipPrice(membership)}
                  {membership.sessions_per_period ? ` · ${membership.sessions_per_period} sessions a ${membership.interval}` : ''} · since {formatDate(membership.started_on)}
                </p>
                <p className="text-sm">{membershipSituation(membership, timeZone)}</p>
              </div>
              {live ? (
                <div className="flex flex-wrap gap-2">
                  {canManage && membership.status !== 'paused' ? (
                    <Button variant="secondary" onClick={() => setConfirming({ membership, action: 'pause' })}>
                      Pause
                    </Button>
                  ) : null}
                  {canManage && membership.status === 'paused' ? (
                    <Button variant="secondary" onClick={() => setConfirming({ membership, action: 'resume' })}>
                      Resume
                    </Button>
                  ) : null}
                  {(canManage || forClient) && !membership.ends_on ? (
                    <Button variant="danger" onClick={() => setConfirming({ membership, action: 'cancel' })}>
                      Cancel membership
                    </Button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {confirming ? (
        <ConfirmDialog
          open
          title={{ cancel: `Cancel ${confirming.membership.product_name}?`, pause: `Pause ${confirming.membership.product_name}?`, resume: `Resume ${confirming.membership.product_name}?` }[confirming.action]}
          confirmLabel={{ cancel: 'Cancel membership', pause: 'Pause', resume: 'Resume' }[confirming.action]}
          danger={confirming.action === 'cancel'}
          loading={act.isPending}
          onClose={() => setConfirming(null)}
          onConfirm={run}
        >
          {confirming.action === 'cancel'
            ? `${noticeSentence({ ...confirming.membership, notice_days: noticeDays(confirming.membership) }, today)} Sessions can be booked until the last day, which is shown once you confirm.`
            : confirming.action === 'pause'
              ? 'No renewals are invoiced and no credits are granted while it is paused.'
              : 'Renewals start again from the next period.'}
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}
