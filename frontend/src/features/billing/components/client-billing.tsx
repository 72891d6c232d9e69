import { useState } from 'react';
import { formatMoney, todayIn } from '@/features/billing/format';
import { useCardAction } from '@/features/billing/mutations';
import { useCurrency, useInvoices, usePayments, useSavedCards } from '@/features/billing/queries';
import { CreditsCard } from '@/features/billing/components/credits-card';
import { InvoiceRows } from '@/features/billing/components/invoice-rows';
import { MembershipsCard } from '@/features/billing/components/memberships-card';
import { PaymentsList } from '@/features/billing/components/payments-list';
import { SellDialog } from '@/features/billing/components/sell-dialog';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { TabbedSection } from '@/components/ui/tabs';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';

type Props = { clientId: number; clientName: string; timeZone: string; canManage: boolean; archived: boolean };

/** A client's billing on their page: credits, memberships, invoices, payments and saved cards; owners and admins sell and invoice. */
export function ClientBilling({ clientId, clientName, timeZone, canManage, archived }: Props) {
  const currency = useCurrency();
  const [selling, setSelling] = useState(false);
  const open = useInvoices({ client_id: clientId, status: 'open', per_page: 100 });
  const owed = (open.data?.items ?? []).reduce((sum, invoice) => sum + invoice.amount_due, 0);
  return (
    <section aria-labelledby="client-billing-heading" className="flex min-w-0 flex-col gap-3" data-testid="client-billing">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="client-billing-heading" className="text-lg font-semibold">
            Billing
          </h2>
          {open.data ? <p className="text-sm text-muted">{owed ? `${formatMoney(owed, currency)} owed` : 'Nothing owed'}</p> : null}
        </div>
        {canManage && !archived ? (
          <div className="flex flex-wrap gap-2">
            <ButtonLink to={paths.billingInvoiceNew.getHref(clientId)} variant="secondary">
              New invoice
            </ButtonLink>
            <Button onClick={() => setSelling(true)}>Sell</Button>
          </div>
        ) : null}
      </div>
      <TabbedSection
        title="Billing details"
        titleHidden
        tabs={[
          { id: 'credits', label: 'Credits', render: () => <CreditsCard clientId={clientId} timeZone={timeZone} canAdjust={canManage} /> },
          { id: 'memberships', label: 'Memberships', render: () => <MembershipsCard clientId={clientId} timeZone={timeZone} canManage={canManage} /> },
          { id: 'invoices', label: 'Invoices', render: () => <ClientInvoices clientId={clientId} timeZone={timeZone} /> },
          { id: 'payments', label: 'Payments', render: () => <ClientPayments clientId={clientId} timeZone={timeZone} canRefund={canManage} /> },
          { id: 'cards', label: 'Saved cards', render: () => <SavedCards clientId={clientId} canManage={canManage} /> },
        ]}
      />
      {canManage ? <SellDialog clientId={clientId} clientName={clientName} currency={currency} open={selling} onClose={() => setSelling(false)} /> : null}
    </section>
  );
}

function ClientInvoices({ clientId, timeZone }: { clientId: number; timeZone: string }) {
  const [page, setPage] = useState(1);
  const invoices = useInvoices({ client_id: clientId, page, per_page: 10 });
  if (invoices.isPending) return <Spinner label="Loading invoices…" />;
  if (invoices.isError) return <ErrorState error={invoices.error} onRetry={() => invoices.refetch()} />;
  if (!invoices.data.items.length) return <EmptyState compact title="No invoices yet">A sale or a new invoice shows here.</EmptyState>;
  return (
    <Card>
      <InvoiceRows label="Invoices" invoices={invoices.data.items} today={todayIn(timeZone)} href={(invoice) => paths.billingInvoice.getHref(invoice.id)} />
      <Pager page={page} hasNext={invoices.data.meta.has_next} onPage={setPage} />
    </Card>
  );
}

function ClientPayments({ clientId, timeZone, canRefund }: { clientId: number; timeZone: string; canRefund: boolean }) {
  const [page, setPage] = useState(1);
  const payments = usePayments({ client_id: clientId, page, per_page: 10 });
  if (payments.isPending) return <Spinner label="Loading payments…" />;
  if (payments.isError) return <ErrorState error={payments.error} onRetry={() => payments.refetch()} />;
  if (!payments.data.items.length) return <EmptyState compact title="No payments yet" />;
  return (
    <Card>
      <PaymentsList payments={payments.data.items} timeZone={timeZone} canRefund={canRefund} />
      <Pager page={page} hasNext={payments.data.meta.has_next} onPage={setPage} />
    </Card>
  );
}

function Pager({ page, hasNext, onPage }: { page: number; hasNext: boolean; onPage: (page: number) => void }) {
  if (page === 1 && !hasNext) return null;
  return (
    <div className="mt-2 flex justify-between">
      <Button variant="ghost" disabled={page === 1} onClick={() => onPage(page - 1)}>
        ← Newer
      </Button>
      <Button variant="ghost" disabled={!hasNext} onClick={() => onPage(page + 1)}>
        Older →
      </Button>
    </div>
  );
}

/** A client's saved cards; `canManage` may remove one or choose the one renewals are charged to. */
export function SavedCards({ clientId, canManage, forClient = false }: { clientId: number; canManage: boolean; forClient?: boolean }) {
  const cards = useSavedCards(clientId);
  const act = useCardAction(clientId);
  const toast = useToast();
  if (cards.isPending) return <Spinner label="Loading cards…" />;
  if (cards.isError) return <ErrorState error={cards.error} onRetry={() => cards.refetch()} />;
  if (!cards.data.items.length) {
    return (
      <EmptyState compact title="No saved cards">
        {forClient ? 'A card you pay with is saved here for next time.' : 'A card is saved when the client pays online from their portal.'}
      </EmptyState>
    );
  }
  return (
    <Card>
      <ul className="flex flex-col divide-y divide-border" aria-label="Saved cards">
        {cards.data.items.map((card) => (
          <li key={card.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <span>
              {card.brand.toUpperCase()} •••• {card.last4}, expires {String(card.exp_month).padStart(2, '0')}/{card.exp_year}
              {card.is_default ? ' · used for renewals' : ''}
            </span>
            {canManage ? (
              <span className="flex gap-2">
                {!card.is_default ? (
                  <Button variant="ghost" onClick={() => act.mutate({ cardId: card.id, action: 'default' }, { onError: (error) => toast.error(errorMessage(error)) })}>
                    Use for renewals
                  </Button>
                ) : null}
                <Button variant="ghost" onClick={() => act.mutate({ cardId: card.id, action: 'delete' }, { onSuccess: () => toast.success(`Card ending ${card.last4} removed.`), onError: (error) => toast.error(errorMessage(error)) })}>
                  Remove
                </Button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
