import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { InvoiceDetail } from '@/features/billing/api';
import { formatMoney, formatPercent, invoiceStatus, parseMoney, todayIn, toMajorInput } from '@/features/billing/format';
import { useCreateCreditNote, useDeleteInvoice, useInvoiceAction } from '@/features/billing/mutations';
import { useInvoices, usePayments } from '@/features/billing/queries';
import { invoiceTitle } from '@/features/billing/components/invoice-rows';
import { RecordPaymentDialog } from '@/features/billing/components/payment-dialogs';
import { PaymentsList } from '@/features/billing/components/payments-list';
import { PdfButton } from '@/features/billing/components/pdf-button';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { InputField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { formatDate } from '@/lib/format';
import { formErrorMessage } from '@/lib/form';

type Confirm = 'finalise' | 'void' | 'uncollectible' | 'delete';

const CONFIRM_TEXT: Record<Confirm, [string, string, string]> = {
  finalise: ['Finalise this invoice?', 'Finalise', 'It gets the next invoice number and can no longer be changed; to correct it later, issue a credit note or void it.'],
  void: ['Void this invoice?', 'Void', 'Nothing is owed on a void invoice. It keeps its number, so the numbering has no gaps.'],
  uncollectible: ['Mark as uncollectible?', 'Mark uncollectible', 'Use this when the money will not come. It leaves what is owed and the receivables report.'],
  delete: ['Delete this draft?', 'Delete', 'A draft has no number yet, so nothing is lost from the numbering.'],
};

function Total({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={strong ? 'flex justify-between gap-6 font-semibold' : 'flex justify-between gap-6'}>
      <dt className={strong ? undefined : 'text-muted'}>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}

/** One invoice or credit note: lines, totals, payments; owners and admins record payments, refund, void and credit it. */
export function InvoiceView({ invoice, timeZone, canManage, editDraft }: { invoice: InvoiceDetail; timeZone: string; canManage: boolean; editDraft?: ReactNode }) {
  const toast = useToast();
  const navigate = useNavigate();
  const action = useInvoiceAction();
  const remove = useDeleteInvoice();
  const payments = usePayments({ invoice_id: invoice.id, per_page: 100 }).data?.items ?? [];
  // The credit notes that correct it: the client's, narrowed to this invoice.
  const clientNotes = useInvoices({ client_id: invoice.client_id, kind: 'credit_note', per_page: 100 }).data?.items ?? [];
  const creditNotes = invoice.kind === 'invoice' ? clientNotes.filter((note) => note.credit_note_for_id === invoice.id) : [];
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [paying, setPaying] = useState(false);
  const [crediting, setCrediting] = useState(false);
  const money = (value: number) => formatMoney(value, invoice.currency);
  const status = invoiceStatus(invoice, todayIn(timeZone));
  const isInvoice = invoice.kind === 'invoice';
  const finalised = invoice.status !== 'draft';

  const run = () => {
    if (!confirm) return;
    const done = (message: string) => {
      toast.success(message);
      setConfirm(null);
    };
    const failed = (error: unknown) => {
      toast.error(errorMessage(error));
      setConfirm(null);
    };
    if (confirm === 'delete') {
      remove.mutate(invoice.id, { onSuccess: () => navigate(paths.client.getHref(invoice.client_id), { replace: true }), onError: failed });
      return;
    }
    action.mutate(
      { invoiceId: invoice.id, action: confirm },
      {
        onSuccess: (updated) => done(confirm === 'finalise' ? `Invoice ${updated.number} is issued.` : confirm === 'void' ? `${invoiceTitle(invoice)} is void.` : `${invoiceTitle(invoice)} is marked uncollectible.`),
        onError: failed,
      },
    );
  };

  const actions = (
    <>
      {finalised ? <PdfButton invoice={invoice} /> : null}
      {canManage && invoice.status === 'draft' ? (
        <>
          <Button variant="danger" onClick={() => setConfirm('delete')}>
            Delete draft
          </Button>
          <Button onClick={() => setConfirm('finalise')}>Finalise</Button>
        </>
      ) : null}
      {canManage && isInvoice && invoice.status === 'open' ? (
        <>
          <Button variant="secondary" onClick={() => setConfirm('uncollectible')}>
            Uncollectible
          </Button>
          {invoice.amount_paid === 0 ? (
            <Button variant="danger" onClick={() => setConfirm('void')}>
              Void
            </Button>
          ) : null}
        </>
      ) : null}
      {canManage && isInvoice && (invoice.status === 'open' || invoice.status === 'paid') && invoice.amount_credited < invoice.total ? (
        <Button variant="secondary" onClick={() => setCrediting(true)}>
          Credit note
        </Button>
      ) : null}
      {canManage && isInvoice && invoice.status === 'open' && invoice.amount_due > 0 ? <Button onClick={() => setPaying(true)}>Record payment</Button> : null}
    </>
  );

  return (
    <>
      <PageHeader title={invoiceTitle(invoice)} description={`${invoice.client_name}${invoice.issued_on ? ` · issued ${formatDate(invoice.issued_on)}` : ''}`} actions={actions} />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="flex min-w-0 flex-col gap-4">
          {editDraft ?? (
            <Card>
              <ul className="flex flex-col divide-y divide-border" aria-label="Lines">
                {invoice.lines.map((line) => (
                  <li key={line.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-2 text-sm">
                    <span className="min-w-0">
                      <span className="font-medium">{line.description}</span>
                      <span className="block text-muted">
                        {line.quantity} × {money(line.unit_price)}
                        {line.discount ? ` · ${money(line.discount)} off` : ''}
                        {line.tax_name ? ` · ${line.tax_name} ${formatPercent(line.tax_basis_points)}${line.tax_inclusive ? ' included' : ''}` : ''}
                      </span>
                    </span>
                    <span className="tabular-nums">{money(line.total)}</span>
                  </li>
                ))}
              </ul>
              <dl className="mt-3 ml-auto flex max-w-xs flex-col gap-1 border-t border-border pt-3 text-sm">
                <Total label="Subtotal" value={money(invoice.subtotal)} />
                {invoice.discount_total ? <Total label="Discount" value={`−${money(invoice.discount_total)}`} /> : null}
                <Total label="Tax" value={money(invoice.tax_total)} />
                <Total label="Total" value={money(invoice.total)} strong />
                {invoice.amount_credited ? <Total label="Credited" value={`−${money(invoice.amount_credited)}`} /> : null}
                {invoice.amount_paid ? <Total label="Paid" value={`−${money(invoice.amount_paid)}`} /> : null}
                {isInvoice && finalised ? <Total label="Still due" value={money(invoice.amount_due)} strong /> : null}
              </dl>
            </Card>
          )}
          {payments.length ? (
            <Card>
              <h2 className="mb-1 font-semibold">Payments</h2>
              <PaymentsList payments={payments} timeZone={timeZone} canRefund={canManage} showInvoice={false} />
            </Card>
          ) : null}
        </div>
        <Card className="flex flex-col gap-2 text-sm">
          <p className="flex items-center gap-2">
            Status <Badge tone={status.tone}>{status.label}</Badge>
          </p>
          <p>
            Client:{' '}
            <Link to={paths.client.getHref(invoice.client_id)} className="text-primary-text hover:underline">
              {invoice.client_name}
            </Link>
          </p>
          {invoice.due_on ? <p>Due {formatDate(invoice.due_on)}</p> : null}
          {invoice.period_start && invoice.period_end ? (
            <p>
              Membership period {formatDate(invoice.period_start)} – {formatDate(invoice.period_end)}
            </p>
          ) : null}
          {invoice.credit_note_for_id ? (
            <Link to={paths.billingInvoice.getHref(invoice.credit_note_for_id)} className="text-primary-text hover:underline">
              {invoice.credit_note_for_number ? `Corrects invoice ${invoice.credit_note_for_number}` : 'The invoice it corrects'}
            </Link>
          ) : null}
          {creditNotes.map((note) => (
            <Link key={note.id} to={paths.billingInvoice.getHref(note.id)} className="text-primary-text hover:underline">
              {invoiceTitle(note)} ({money(-note.total)})
            </Link>
          ))}
          {invoice.notes ? <p className="whitespace-pre-line text-muted">{invoice.notes}</p> : null}
        </Card>
      </div>
      {confirm ? (
        <ConfirmDialog open title={CONFIRM_TEXT[confirm][0]} confirmLabel={CONFIRM_TEXT[confirm][1]} danger={confirm === 'void' || confirm === 'delete'} loading={action.isPending || remove.isPending} onClose={() => setConfirm(null)} onConfirm={run}>
          {CONFIRM_TEXT[confirm][2]}
        </ConfirmDialog>
      ) : null}
      {paying ? <RecordPaymentDialog open invoice={invoice} onClose={() => setPaying(false)} /> : null}
      {crediting ? <CreditNoteDialog invoice={invoice} onClose={() => setCrediting(false)} /> : null}
    </>
  );
}

/** A credit note for some or all of each line's amount, with a reason. */
function CreditNoteDialog({ invoice, onClose }: { invoice: InvoiceDetail; onClose: () => void }) {
  const create = useCreateCreditNote();
  const toast = useToast();
  const navigate = useNavigate();
  const [amounts, setAmounts] = useState<Record<number, string>>(() => Object.fromEntries(invoice.lines.map((line) => [line.id, toMajorInput(line.total, invoice.currency)])));
  const [reason, setReason] = useState('');
  const parsed = invoice.lines.map((line) => ({ line, minor: amounts[line.id]?.trim() ? parseMoney(amounts[line.id], invoice.currency) : 0 }));
  const invalid = parsed.some(({ line, minor }) => minor === null || minor > line.total);
  const total = parsed.reduce((sum, { minor }) => sum + (minor ?? 0), 0);
  return (
    <Dialog open onClose={onClose} title={`Credit note for ${invoice.number}`}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (invalid || !total || !reason.trim()) return;
          create.mutate(
            { invoiceId: invoice.id, reason: reason.trim(), lines: parsed.filter(({ minor }) => minor).map(({ line, minor }) => ({ line_id: line.id, amount: minor! })) },
            {
              onSuccess: (note) => {
                toast.success(`${invoiceTitle(note)} issued for ${formatMoney(total, invoice.currency)}.`);
                navigate(paths.billingInvoice.getHref(note.id));
              },
            },
          );
        }}
      >
        <FormAlert message={formErrorMessage(create.error)} />
        {parsed.map(({ line, minor }) => (
          <InputField
            key={line.id}
            label={`${line.description} (up to ${formatMoney(line.total, invoice.currency)})`}
            inputMode="decimal"
            value={amounts[line.id]}
            onChange={(event) => setAmounts({ ...amounts, [line.id]: event.target.value })}
            error={minor === null ? 'Enter an amount.' : minor > line.total ? `At most ${formatMoney(line.total, invoice.currency)}.` : undefined}
          />
        ))}
        <TextareaField label="Reason" required value={reason} onChange={(event) => setReason(event.target.value)} />
        <p className="text-sm text-muted">Credits {formatMoney(total, invoice.currency)}, which lowers what the invoice asks for. Money already paid is given back with a refund.</p>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} disabled={invalid || !total || !reason.trim()}>
            Issue credit note
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
