import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { InvoiceDetail } from '@/features/billing/api';
import { formatMoney } from '@/features/billing/format';
import { blankLine, lineFromProduct, linesFromInvoice, toLineInputs, typedSubtotal, type DraftLine, type LineErrors } from '@/features/billing/invoice-draft';
import { useSaveInvoice } from '@/features/billing/mutations';
import { useCurrency, useDiscounts, useProducts, useTaxRates } from '@/features/billing/queries';
import { useClients } from '@/features/clients/api/get-clients';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

type Client = { id: number; name: string };

function ClientSearch({ onPick }: { onPick: (client: Client) => void }) {
  const [q, setQ] = useState('');
  const found = useClients({ q, per_page: 8 });
  return (
    <div className="flex flex-col gap-2">
      <InputField label="Client" placeholder="Search by name, email or phone" value={q} onChange={(event) => setQ(event.target.value)} />
      {q.trim() ? (
        <ul className="flex flex-col rounded-lg border border-border" aria-label="Matching clients">
          {found.data?.items.map((client) => (
            <li key={client.id}>
              <button type="button" className="min-h-11 w-full px-3 text-left text-sm hover:bg-surface-muted" onClick={() => onPick({ id: client.id, name: client.full_name })}>
                {client.full_name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A new invoice, or a draft being changed: lines from the catalogue or typed, a discount, due date and notes; saved as a draft or finalised. */
export function InvoiceEditor({ client: initialClient, draft }: { client: Client | null; draft?: InvoiceDetail }) {
  const studioCurrency = useCurrency();
  const currency = draft?.currency ?? studioCurrency;
  const products = useProducts({ archived: false });
  const taxRates = useTaxRates({ archived: false });
  const discounts = useDiscounts({ archived: false });
  const save = useSaveInvoice();
  const toast = useToast();
  const navigate = useNavigate();
  const [client, setClient] = useState<Client | null>(initialClient);
  const [lines, setLines] = useState<DraftLine[]>(() =>
    draft ? linesFromInvoice(draft.lines, draft.currency, (name) => taxRates.data?.items.find((rate) => rate.name === name)?.id ?? null) : [blankLine()],
  );
  const [discountId, setDiscountId] = useState(draft?.discount_id ? String(draft.discount_id) : '');
  const [dueOn, setDueOn] = useState(draft?.due_on ?? '');
  const [notes, setNotes] = useState(draft?.notes ?? '');
  const [lineErrors, setLineErrors] = useState<Record<number, LineErrors>>({});
  const fields = serverFieldErrors(save.error);

  const change = (key: number, changes: Partial<DraftLine>) => setLines(lines.map((line) => (line.key === key ? { ...line, ...changes } : line)));

  const submit = (finalise: boolean) => {
    const result = toLineInputs(lines, currency);
    setLineErrors(result.errors);
    if (!result.ok || !client) return;
    save.mutate(
      { id: draft?.id, body: { client_id: client.id, lines: result.lines, discount_id: discountId ? Number(discountId) : null, due_on: dueOn || null, notes: notes.trim() || null, finalise } },
      {
        onSuccess: (invoice) => {
          toast.success(finalise ? `Invoice ${invoice.number} is issued to ${client.name}.` : `Draft saved for ${client.name}.`);
          navigate(paths.billingInvoice.getHref(invoice.id), { replace: !!draft });
        },
      },
    );
  };

  return (
    <form
      className="flex flex-col gap-4"
      aria-label={draft ? 'Edit draft invoice' : 'New invoice'}
      onSubmit={(event) => {
        event.preventDefault();
        submit(false);
      }}
    >
      <FormAlert message={formErrorMessage(save.error)} />
      <Card className="flex flex-col gap-3">
        {client ? (
          <p className="flex flex-wrap items-center gap-2">
            For <strong>{client.name}</strong>
            {!initialClient ? (
              <Button variant="ghost" onClick={() => setClient(null)}>
                Change
              </Button>
            ) : null}
          </p>
        ) : (
          <ClientSearch onPick={setClient} />
        )}
        {fields.client_id ? <p className="text-sm text-danger">{fields.client_id}</p> : null}
      </Card>
      <Card className="flex flex-col gap-3">
        <h2 className="font-semibold">Lines</h2>
        {lines.map((line, index) => {
          const errors = lineErrors[line.key] ?? {};
          return (
            <fieldset key={line.key} className="grid grid-cols-2 gap-2 border-b border-border pb-3 sm:grid-cols-[2fr_5rem_8rem_10rem_auto]" aria-label={`Line ${index + 1}`}>
              <InputField label="Description" wrapperClassName="col-span-2 sm:col-span-1" value={line.description} onChange={(event) => change(line.key, { description: event.target.value })} error={errors.description} />
              <InputField label="Qty" type="number" min={1} step={1} value={line.quantity} onChange={(event) => change(line.key, { quantity: event.target.value })} error={errors.quantity} />
              <InputField label={`Price (${currency})`} inputMode="decimal" value={line.unitPrice} onChange={(event) => change(line.key, { unitPrice: event.target.value })} error={errors.unitPrice} />
              <SelectField label="Tax" value={line.taxRateId ?? ''} onChange={(event) => change(line.key, { taxRateId: event.target.value ? Number(event.target.value) : null })}>
                <option value="">No tax</option>
                {taxRates.data?.items.map((rate) => (
                  <option key={rate.id} value={rate.id}>
                    {rate.name}
                  </option>
                ))}
              </SelectField>
              <Button variant="ghost" className="self-end" aria-label={`Remove line ${index + 1}`} onClick={() => setLines(lines.length > 1 ? lines.filter((other) => other.key !== line.key) : [blankLine()])}>
                <span aria-hidden>✕</span>
                <span aria-hidden className="sm:hidden">Remove</span>
              </Button>
            </fieldset>
          );
        })}
        <div className="flex flex-wrap items-end gap-2">
          <Button variant="secondary" onClick={() => setLines([...lines, blankLine()])}>
            Add a line
          </Button>
          {products.data?.items.length ? (
            <SelectField
              label="Add from the catalogue"
              wrapperClassName="min-w-56"
              value=""
              onChange={(event) => {
                const product = products.data.items.find((item) => String(item.id) === event.target.value);
                if (product) setLines([...lines.filter((line) => line.description.trim() || line.unitPrice.trim()), lineFromProduct(product, currency)]);
              }}
            >
              <option value="">Choose a product</option>
              {products.data.items.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.name} ({formatMoney(product.price, currency)})
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        <p className="text-sm text-muted">
          Lines add up to {formatMoney(typedSubtotal(lines, currency), currency)} before discount and tax, which are worked out when it is saved.
        </p>
      </Card>
      <Card className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Discount" value={discountId} onChange={(event) => setDiscountId(event.target.value)} error={fields.discount_id}>
          <option value="">No discount</option>
          {discounts.data?.items.map((discount) => (
            <option key={discount.id} value={discount.id}>
              {discount.name}
            </option>
          ))}
        </SelectField>
        <InputField label="Due on (optional)" type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} error={fields.due_on} hint="The studio's usual terms when left empty." />
        <TextareaField label="Notes for the studio (optional)" wrapperClassName="sm:col-span-2" value={notes} onChange={(event) => setNotes(event.target.value)} error={fields.notes} hint="Not shown to the client." />
      </Card>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="submit" variant="secondary" loading={save.isPending && !save.variables?.body.finalise} disabled={!client}>
          Save draft
        </Button>
        <Button loading={save.isPending && !!save.variables?.body.finalise} disabled={!client} onClick={() => submit(true)}>
          Save and finalise
        </Button>
      </div>
    </form>
  );
}
