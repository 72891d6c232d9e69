import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Invoice } from '@/features/billing/api';
import { formatMoney, invoiceStatus } from '@/features/billing/format';
import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';

/** An invoice's name: its number, "Credit note CN-…", or "Draft" before it has one. */
export function invoiceTitle(invoice: Pick<Invoice, 'number' | 'kind'>): string {
  if (!invoice.number) return 'Draft invoice';
  return invoice.kind === 'credit_note' ? `Credit note ${invoice.number}` : `Invoice ${invoice.number}`;
}

/** What is owed on an invoice in one line: "$120.00 · due 14 Dec" or "$120.00 · paid". */
export function invoiceSummary(invoice: Invoice): string {
  const total = formatMoney(invoice.total, invoice.currency);
  if (invoice.amount_due > 0 && invoice.amount_due !== invoice.total) return `${total} · ${formatMoney(invoice.amount_due, invoice.currency)} still due${invoice.due_on ? ` by ${formatDate(invoice.due_on)}` : ''}`;
  if (invoice.amount_due > 0) return `${total}${invoice.due_on ? ` · due ${formatDate(invoice.due_on)}` : ''}`;
  return total;
}

/** Invoices as a list that reads the same on a phone and a desk: title, dates, amount, status and each one's actions. */
export function InvoiceRows({ invoices, today, href, actions, label, showClient = false }: { invoices: Invoice[]; today: string; href?: (invoice: Invoice) => string; actions?: (invoice: Invoice) => ReactNode; label: string; showClient?: boolean }) {
  return (
    <ul className="flex flex-col divide-y divide-border" aria-label={label}>
      {invoices.map((invoice) => {
        const status = invoiceStatus(invoice, today);
        return (
          <li key={invoice.id} data-testid="invoice-row" className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {href ? (
                  <Link to={href(invoice)} className="inline-flex min-h-11 items-center text-primary-text hover:underline">
                    {invoiceTitle(invoice)}
                  </Link>
                ) : (
                  invoiceTitle(invoice)
                )}
                <Badge tone={status.tone}>{status.label}</Badge>
              </p>
              <p className="text-sm text-muted">
                {showClient ? <span className="font-medium text-foreground">{invoice.client_name} · </span> : null}
                {invoice.issued_on ? `${formatDate(invoice.issued_on)} · ` : ''}
                {invoiceSummary(invoice)}
                {'age_days' in invoice && invoice.age_days ? ` · ${invoice.age_days} days overdue` : ''}
              </p>
            </div>
            {actions ? <div className="flex flex-wrap gap-2">{actions(invoice)}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}
