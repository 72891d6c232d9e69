import { useState } from 'react';
import type { ManualPaymentMethod, Product } from '@/features/billing/api';
import { describeDiscount, describeProduct, formatMoney, PAYMENT_METHOD_LABELS, PRODUCT_KIND_LABELS } from '@/features/billing/format';
import { useSell } from '@/features/billing/mutations';
import { useDiscounts, useProducts } from '@/features/billing/queries';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Checkbox, InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

/** What the sale makes, said before it is made. */
function saleSentence(product: Product, clientName: string, quantity: number, currency: string): string {
  switch (product.kind) {
    case 'pack':
      return `${clientName} gets ${product.session_count} credits now, usable for ${product.valid_days} days, and an invoice for ${formatMoney(product.price, currency)}.`;
    case 'membership':
      return `${clientName}'s membership starts today; the first period is invoiced now${product.sessions_per_period ? ` with ${product.sessions_per_period} credits for it` : ''}.`;
    default:
      return `An invoice for ${formatMoney(product.price * quantity, currency)}.`;
  }
}

/** Sell a product from the catalogue to a client: a pack, a membership, a drop-in or an item. */
export function SellDialog({ clientId, clientName, currency, open, onClose }: { clientId: number; clientName: string; currency: string; open: boolean; onClose: () => void }) {
  const products = useProducts({ archived: false });
  const discounts = useDiscounts({ archived: false });
  const sell = useSell(clientId);
  const toast = useToast();
  const [productId, setProductId] = useState('');
  const [discountId, setDiscountId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [paidNow, setPaidNow] = useState(false);
  const [method, setMethod] = useState<ManualPaymentMethod>('cash');
  const [reference, setReference] = useState('');
  const product = products.data?.items.find((item) => String(item.id) === productId);
  const count = Number.parseInt(quantity, 10) || 1;
  const fields = serverFieldErrors(sell.error);

  return (
    <Dialog open={open} onClose={onClose} title={`Sell to ${clientName}`}>
      {products.isPending ? <Spinner label="Loading the catalogue…" /> : null}
      <form
        className="flex flex-col gap-3"
        aria-label="Sell a product"
        onSubmit={(event) => {
          event.preventDefault();
          if (!product) return;
          sell.mutate(
            {
              product_id: product.id,
              discount_id: discountId ? Number(discountId) : null,
              quantity: product.kind === 'item' ? count : undefined,
              paid: paidNow ? { method, reference: reference.trim() || null } : undefined,
            },
            {
              onSuccess: (result) => {
                toast.success(`${product.name} sold to ${clientName}${result?.invoice?.number ? ` (invoice ${result.invoice.number})` : ''}.`);
                setProductId('');
                onClose();
              },
            },
          );
        }}
      >
        <FormAlert message={formErrorMessage(sell.error)} />
        <SelectField label="Product" required value={productId} onChange={(event) => setProductId(event.target.value)} error={fields.product_id}>
          <option value="">Choose a product</option>
          {(['pack', 'membership', 'drop_in', 'item'] as const).map((kind) => {
            const items = products.data?.items.filter((item) => item.kind === kind) ?? [];
            return items.length ? (
              <optgroup key={kind} label={PRODUCT_KIND_LABELS[kind]}>
                {items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name} — {describeProduct(item, currency)}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </SelectField>
        {product?.kind === 'item' ? <InputField label="Quantity" type="number" min={1} step={1} value={quantity} onChange={(event) => setQuantity(event.target.value)} error={fields.quantity} /> : null}
        {discounts.data?.items.length ? (
          <SelectField label="Discount" value={discountId} onChange={(event) => setDiscountId(event.target.value)} error={fields.discount_id}>
            <option value="">No discount</option>
            {discounts.data.items.map((discount) => (
              <option key={discount.id} value={discount.id}>
                {discount.name} — {describeDiscount(discount, currency)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Checkbox label="Paid now (cash, transfer or card terminal)" checked={paidNow} onChange={(event) => setPaidNow(event.target.checked)} />
        {paidNow ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField label="How it was paid" value={method} onChange={(event) => setMethod(event.target.value as ManualPaymentMethod)}>
              {(['cash', 'bank_transfer', 'card_terminal', 'other'] as const).map((value) => (
                <option key={value} value={value}>
                  {PAYMENT_METHOD_LABELS[value]}
                </option>
              ))}
            </SelectField>
            <InputField label="Reference (optional)" value={reference} onChange={(event) => setReference(event.target.value)} />
          </div>
        ) : null}
        {product ? <p className="text-sm text-muted">{saleSentence(product, clientName, count, currency)}</p> : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={sell.isPending} disabled={!product}>
            Sell
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
