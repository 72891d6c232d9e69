import { useState } from 'react';
import type { Invoice } from '@/features/billing/api';
import { formatMoney, todayIn } from '@/features/billing/format';
import { useCredits, useInvoices } from '@/features/billing/queries';
import { AddCardDialog } from '@/features/billing/components/add-card-dialog';
import { SavedCards } from '@/features/billing/components/client-billing';
import { CreditsCard } from '@/features/billing/components/credits-card';
import { InvoiceRows } from '@/features/billing/components/invoice-rows';
import { MembershipsCard } from '@/features/billing/components/memberships-card';
import { PayInvoiceDialog } from '@/features/billing/components/pay-invoice-dialog';
import { PdfButton } from '@/features/billing/components/pdf-button';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';

/** What a client owes in total, per currency: "$120.00", or "$120.00 and €40.00". */
export function balanceOf(invoices: Invoice[]): string | null {
  const totals = new Map<string, number>();
  for (const invoice of invoices) if (invoice.amount_due > 0) totals.set(invoice.currency, (totals.get(invoice.currency) ?? 0) + invoice.amount_due);
  if (!totals.size) return null;
  return [...totals].map(([currency, amount]) => formatMoney(amount, currency)).join(' and ');
}

/** The portal home's way into billing: what is owed and how many credits are left. */
export function PortalBillingSummary({ clientId }: { clientId: number }) {
  const open = useInvoices({ client_id: clientId, status: 'open', per_page: 100 });
  const summary = useCredits(clientId);
  const balance = open.data ? balanceOf(open.data.items) : null;
  const parts = [open.data ? (balance ? `${balance} to pay` : 'Nothing to pay') : null, summary.data ? `${summary.data.balance} ${summary.data.balance === 1 ? 'credit' : 'credits'} left` : null].filter(Boolean);
  return (
    <Card className="flex flex-wrap items-center justify-between gap-3" data-testid="portal-billing-summary">
      <div>
        <h2 className="font-semibold">Billing</h2>
        <p className="text-sm text-muted">{parts.length ? parts.join(' · ') : 'Invoices, credits and memberships.'}</p>
      </div>
      <ButtonLink to={paths.portalBilling.getHref()} variant={balance ? 'primary' : 'secondary'}>
        {balance ? 'Pay' : 'Open billing'}
      </ButtonLink>
    </Card>
  );
}

/** The client's money at the studio: what they owe and can pay now, credits left, memberships, past invoices. */
export function PortalBilling({ clientId, timeZone }: { clientId: number; timeZone: string }) {
  const toast = useToast();
  const [paying, setPaying] = useState<Invoice | null>(null);
  const [addingCard, setAddingCard] = useState(false);
  // After a card payment the studio records it when Stripe tells it (a webhook): look again until it shows.
  const [awaiting, setAwaiting] = useState<number[]>([]);
  const open = useInvoices({ client_id: clientId, status: 'open', per_page: 100 }, { pollWhile: (page) => page.items.some((invoice) => awaiting.includes(invoice.id)) });
  // The history too, or a paid invoice would leave "to pay" before it shows up here as paid.
  const past = useInvoices({ client_id: clientId, per_page: 20 }, { pollWhile: (page) => page.items.some((invoice) => awaiting.includes(invoice.id) && invoice.status === 'open') });
  const today = todayIn(timeZone);

  const toPay = (open.data?.items ?? []).filter((invoice) => invoice.amount_due > 0);
  const balance = balanceOf(toPay);
  const history = (past.data?.items ?? []).filter((invoice) => invoice.status !== 'open');

  return (
    <div className="flex flex-col gap-4">
      <Card data-testid="balance">
        <h2 className="font-semibold">Balance</h2>
        {open.isPending ? <Spinner /> : null}
        {open.isError ? <ErrorState error={open.error} onRetry={() => open.refetch()} /> : null}
        {open.data ? (
          <>
            <p className="mt-1 text-sm text-muted">{balance ? <><span className="text-2xl font-bold text-foreground">{balance}</span> to pay</> : 'You owe nothing. Thank you!'}</p>
            {toPay.length ? (
              <InvoiceRows
                label="Invoices to pay"
                invoices={toPay}
                today={today}
                actions={(invoice) => (
                  <>
                    <PdfButton invoice={invoice} variant="ghost" />
                    {awaiting.includes(invoice.id) ? (
                      <span className="inline-flex min-h-11 items-center text-sm text-muted" role="status">
                        Confirming your payment…
                      </span>
                    ) : (
                      <Button onClick={() => setPaying(invoice)}>Pay {formatMoney(invoice.amount_due, invoice.currency)}</Button>
                    )}
                  </>
                )}
              />
            ) : null}
          </>
        ) : null}
      </Card>
      <CreditsCard clientId={clientId} timeZone={timeZone} title="Credits left" withLedger />
      <MembershipsCard clientId={clientId} timeZone={timeZone} canManage={false} forClient />
      <section aria-labelledby="portal-cards-heading" className="flex flex-col gap-2">
        <div className="flex items-center justify-between gap-2">
          <h2 id="portal-cards-heading" className="font-semibold">
            Your cards
          </h2>
          <Button variant="secondary" onClick={() => setAddingCard(true)}>
            Add a card
          </Button>
        </div>
        <SavedCards clientId={clientId} canManage forClient />
      </section>
      <Card>
        <h2 className="mb-2 font-semibold">Past invoices</h2>
        {past.isPending ? <Spinner /> : null}
        {past.data && !history.length ? <EmptyState compact title="No past invoices" /> : null}
        {history.length ? <InvoiceRows label="Past invoices" invoices={history} today={today} actions={(invoice) => <PdfButton invoice={invoice} variant="ghost" />} /> : null}
      </Card>
      {addingCard ? <AddCardDialog open clientId={clientId} onClose={() => setAddingCard(false)} /> : null}
      {paying ? (
        <PayInvoiceDialog
          open
          invoice={paying}
          clientId={clientId}
          onClose={() => setPaying(null)}
          onPaid={() => {
            toast.success(`Thank you: ${formatMoney(paying.amount_due, paying.currency)} paid.`);
            setAwaiting((ids) => [...ids, paying.id]);
            setPaying(null);
            void open.refetch();
          }}
        />
      ) : null}
    </div>
  );
}
