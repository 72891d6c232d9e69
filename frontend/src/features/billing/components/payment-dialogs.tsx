import { useState } from 'react';
import type { Invoice, Payment, ManualPaymentMethod } from '@/features/billing/api';
import { formatMoney, parseMoney, PAYMENT_METHOD_LABELS, toMajorInput } from '@/features/billing/format';
import { useRecordPayment, useRefund } from '@/features/billing/mutations';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

const MANUAL_METHODS: ManualPaymentMethod[] = ['cash', 'bank_transfer', 'card_terminal', 'other'];

/** An amount field in the invoice's currency: what the user typed, checked against `max`. */
function useAmount(initial: number, currency: string, max: number) {
  const [text, setText] = useState(toMajorInput(initial, currency));
  const minor = parseMoney(text, currency);
  const error =
    minor === null || minor <= 0
      ? `Enter an amount such as ${toMajorInput(initial || 1000, currency)}.`
      : minor > max
        ? `At most ${formatMoney(max, currency)}.`
        : undefined;
  return { text, setText, minor, error };
}

/** Money received by hand (cash, transfer, card terminal) against an open invoice. */
export function RecordPaymentDialog({ invoice, open, onClose }: { invoice: Invoice; open: boolean; onClose: () => void }) {
  const record = useRecordPayment();
  const toast = useToast();
  const amount = useAmount(invoice.amount_due, invoice.currency, invoice.amount_due);
  const [method, setMethod] = useState<ManualPaymentMethod>('cash');
  const [reference, setReference] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const fields = serverFieldErrors(record.error);
  return (
    <Dialog open={open} onClose={onClose} title="Record a payment">
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (amount.error || amount.minor === null) return;
          record.mutate(
            { invoiceId: invoice.id, body: { amount: amount.minor, method, reference: reference.trim() || null, received_at: receivedOn ? `${receivedOn}T12:00:00` : null } },
            {
              onSuccess: () => {
                toast.success(`${formatMoney(amount.minor!, invoice.currency)} recorded against ${invoice.number}.`);
                onClose();
              },
            },
          );
        }}
      >
        <FormAlert message={formErrorMessage(record.error)} />
        <InputField label={`Amount (${invoice.currency})`} inputMode="decimal" value={amount.text} onChange={(event) => amount.setText(event.target.value)} error={fields.amount ?? amount.error} hint={`${formatMoney(invoice.amount_due, invoice.currency)} is due.`} />
        <SelectField label="How it was paid" value={method} onChange={(event) => setMethod(event.target.value as ManualPaymentMethod)} error={fields.method}>
          {MANUAL_METHODS.map((value) => (
            <option key={value} value={value}>
              {PAYMENT_METHOD_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <InputField label="Reference (optional)" value={reference} onChange={(event) => setReference(event.target.value)} error={fields.reference} hint="A receipt or transfer number." />
        <InputField label="Received on (optional)" type="date" value={receivedOn} onChange={(event) => setReceivedOn(event.target.value)} error={fields.received_at} hint="Today when left empty." />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending} disabled={!!amount.error}>
            Record payment
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Money given back (owners and admins): up to what is left of the payment, with a reason. Stripe payments are refunded to the card. */
export function RefundDialog({ payment, open, onClose }: { payment: Payment; open: boolean; onClose: () => void }) {
  const refund = useRefund();
  const toast = useToast();
  const left = payment.amount - payment.amount_refunded;
  const amount = useAmount(left, payment.currency, left);
  const [reason, setReason] = useState('');
  const fields = serverFieldErrors(refund.error);
  return (
    <Dialog open={open} onClose={onClose} title="Refund a payment">
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (amount.error || amount.minor === null || !reason.trim()) return;
          refund.mutate(
            { paymentId: payment.id, amount: amount.minor, reason: reason.trim() },
            {
              onSuccess: () => {
                toast.success(`${formatMoney(amount.minor!, payment.currency)} refunded to ${payment.client_name}.`);
                onClose();
              },
            },
          );
        }}
      >
        <p className="text-sm text-muted">
          {formatMoney(payment.amount, payment.currency)} paid by {PAYMENT_METHOD_LABELS[payment.method].toLowerCase()}
          {payment.amount_refunded ? `, ${formatMoney(payment.amount_refunded, payment.currency)} already refunded` : ''}.
          {payment.method === 'stripe' ? ' The money goes back to the card through Stripe.' : ' Give the money back yourself; this records it.'}
        </p>
        <FormAlert message={formErrorMessage(refund.error)} />
        <InputField label={`Amount (${payment.currency})`} inputMode="decimal" value={amount.text} onChange={(event) => amount.setText(event.target.value)} error={fields.amount ?? amount.error} />
        <TextareaField label="Reason" required value={reason} onChange={(event) => setReason(event.target.value)} error={fields.reason} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" loading={refund.isPending} disabled={!!amount.error || !reason.trim()}>
            Refund
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
