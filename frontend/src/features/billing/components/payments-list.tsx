import { useState } from 'react';
import { Link } from 'react-router';
import type { Payment } from '@/features/billing/api';
import { formatMoney, PAYMENT_METHOD_LABELS } from '@/features/billing/format';
import { RefundDialog } from '@/features/billing/components/payment-dialogs';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';

/** "$50.00 by cash on 2 Dec 2026, 10:00 · ref 1234 · $10.00 refunded". */
function paymentLine(payment: Payment, timeZone: string): string {
  const parts = [`${formatMoney(payment.amount, payment.currency)} by ${PAYMENT_METHOD_LABELS[payment.method].toLowerCase()} on ${formatDateTime(payment.received_at, timeZone)}`];
  if (payment.reference) parts.push(`ref ${payment.reference}`);
  if (payment.amount_refunded) parts.push(`${formatMoney(payment.amount_refunded, payment.currency)} refunded`);
  return parts.join(' · ');
}

/** Payments with their refunds; owners and admins (`canRefund`) may refund what is left of each. */
export function PaymentsList({ payments, timeZone, canRefund, showInvoice = true }: { payments: Payment[]; timeZone: string; canRefund: boolean; showInvoice?: boolean }) {
  const [refunding, setRefunding] = useState<Payment | null>(null);
  return (
    <>
      <ul className="flex flex-col divide-y divide-border" aria-label="Payments">
        {payments.map((payment) => (
          <li key={payment.id} data-testid="payment-row" className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{paymentLine(payment, timeZone)}</span>
                {payment.status === 'failed' ? <Badge tone="danger">Failed</Badge> : payment.status === 'pending' ? <Badge tone="warning">Pending</Badge> : null}
              </p>
              {payment.failure_message ? <p className="text-danger">{payment.failure_message}</p> : null}
              {showInvoice && payment.invoice_number ? (
                <Link to={paths.billingInvoice.getHref(payment.invoice_id)} className="text-primary-text hover:underline">
                  Invoice {payment.invoice_number}
                </Link>
              ) : null}
            </div>
            {canRefund && payment.status === 'succeeded' && payment.amount_refunded < payment.amount ? (
              <Button variant="secondary" onClick={() => setRefunding(payment)}>
                Refund
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {refunding ? <RefundDialog open payment={refunding} onClose={() => setRefunding(null)} /> : null}
    </>
  );
}
