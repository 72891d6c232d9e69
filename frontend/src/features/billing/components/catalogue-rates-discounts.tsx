import { useState } from 'react';
import type { Discount, DiscountDuration, TaxRate } from '@/features/billing/api';
import { describeDiscount, describeTaxRate, formatPercent, parseMoney, parsePercent, toMajorInput } from '@/features/billing/format';
import { useDeleteCatalogue, useSaveCatalogue } from '@/features/billing/mutations';
import { useDiscounts, useTaxRates } from '@/features/billing/queries';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { Checkbox, InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { EmptyState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

function RecordList<T extends { id: number; name: string; archived_at: string | null }>({ label, items, describe, onEdit, onRemove }: { label: string; items: T[]; describe: (item: T) => string; onEdit: (item: T) => void; onRemove: (item: T) => void }) {
  return (
    <ul className="flex flex-col divide-y divide-border" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
          <span className="flex flex-wrap items-center gap-2">
            {describe(item)}
            {item.archived_at ? <Badge tone="warning">Archived</Badge> : null}
          </span>
          {!item.archived_at ? (
            <span className="flex gap-1">
              <Button variant="ghost" onClick={() => onEdit(item)}>
                Edit
              </Button>
              <Button variant="ghost" onClick={() => onRemove(item)}>
                Remove
              </Button>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Tax rates: a name, a percentage, and whether prices already include it. */
export function CatalogueTaxRates() {
  const rates = useTaxRates({});
  const save = useSaveCatalogue('tax-rates');
  const remove = useDeleteCatalogue('tax-rates');
  const toast = useToast();
  const [editing, setEditing] = useState<TaxRate | 'new' | null>(null);
  const [name, setName] = useState('');
  const [percent, setPercent] = useState('');
  const [inclusive, setInclusive] = useState(false);
  const fields = serverFieldErrors(save.error);
  const basisPoints = parsePercent(percent);
  const open = (rate: TaxRate | 'new') => {
    setEditing(rate);
    setName(rate === 'new' ? '' : rate.name);
    setPercent(rate === 'new' ? '' : String(rate.basis_points / 100));
    setInclusive(rate === 'new' ? false : rate.inclusive);
    save.reset();
  };
  return (
    <Card>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold">Tax rates</h2>
        <Button variant="secondary" onClick={() => open('new')}>
          Add a tax rate
        </Button>
      </div>
      {rates.isPending ? <Spinner /> : null}
      {rates.data && !rates.data.items.length ? <EmptyState compact title="No tax rates">Prices are shown and invoiced without tax.</EmptyState> : null}
      {rates.data ? (
        <RecordList
          label="Tax rates"
          items={rates.data.items}
          describe={describeTaxRate}
          onEdit={open}
          onRemove={(rate) => remove.mutate(rate.id, { onSuccess: () => toast.success(`${rate.name} removed.`), onError: (error) => toast.error(errorMessage(error)) })}
        />
      ) : null}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New tax rate' : 'Edit tax rate'}>
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim() || basisPoints === null) return;
            save.mutate(
              { id: editing === 'new' ? undefined : editing?.id, body: { name: name.trim(), basis_points: basisPoints, inclusive } },
              {
                onSuccess: () => {
                  toast.success(`${name.trim()} ${formatPercent(basisPoints)} saved.`);
                  setEditing(null);
                },
              },
            );
          }}
        >
          <FormAlert message={formErrorMessage(save.error)} />
          <InputField label="Name" required value={name} onChange={(event) => setName(event.target.value)} error={fields.name} placeholder="VAT" />
          <InputField label="Rate (%)" inputMode="decimal" required value={percent} onChange={(event) => setPercent(event.target.value)} error={fields.basis_points ?? (percent && basisPoints === null ? 'A percentage from 0 to 100.' : undefined)} />
          <Checkbox label="Prices already include this tax" checked={inclusive} onChange={(event) => setInclusive(event.target.checked)} />
          <p className="text-sm text-muted">A change applies to new invoices; issued ones keep the rate they were written with.</p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setEditing(null)}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!name.trim() || basisPoints === null}>
              Save
            </Button>
          </div>
        </form>
      </Dialog>
    </Card>
  );
}

/** Discounts: a percentage or an amount, once, for some periods of a membership, or forever. */
export function CatalogueDiscounts({ currency }: { currency: string }) {
  const discounts = useDiscounts({});
  const save = useSaveCatalogue('discounts');
  const remove = useDeleteCatalogue('discounts');
  const toast = useToast();
  const [editing, setEditing] = useState<Discount | 'new' | null>(null);
  const [name, setName] = useState('');
  const [type, setType] = useState<'percent' | 'amount'>('percent');
  const [value, setValue] = useState('');
  const [duration, setDuration] = useState<DiscountDuration>('once');
  const [periods, setPeriods] = useState('3');
  const fields = serverFieldErrors(save.error);
  const parsed = type === 'percent' ? parsePercent(value) : parseMoney(value, currency);
  const valid = !!name.trim() && !!parsed && (duration !== 'repeating' || Number(periods) >= 1);
  const open = (discount: Discount | 'new') => {
    setEditing(discount);
    setName(discount === 'new' ? '' : discount.name);
    setType(discount !== 'new' && discount.amount !== null ? 'amount' : 'percent');
    setValue(discount === 'new' ? '' : discount.amount !== null ? toMajorInput(discount.amount, currency) : String((discount.basis_points ?? 0) / 100));
    setDuration(discount === 'new' ? 'once' : discount.duration);
    setPeriods(discount !== 'new' && discount.duration_periods ? String(discount.duration_periods) : '3');
    save.reset();
  };
  return (
    <Card>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold">Discounts</h2>
        <Button variant="secondary" onClick={() => open('new')}>
          Add a discount
        </Button>
      </div>
      {discounts.isPending ? <Spinner /> : null}
      {discounts.data && !discounts.data.items.length ? <EmptyState compact title="No discounts" /> : null}
      {discounts.data ? (
        <RecordList
          label="Discounts"
          items={discounts.data.items}
          describe={(discount) => `${discount.name}: ${describeDiscount(discount, currency)}`}
          onEdit={open}
          onRemove={(discount) => remove.mutate(discount.id, { onSuccess: () => toast.success(`${discount.name} removed.`), onError: (error) => toast.error(errorMessage(error)) })}
        />
      ) : null}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New discount' : 'Edit discount'}>
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (!valid) return;
            save.mutate(
              {
                id: editing === 'new' ? undefined : editing?.id,
                body: {
                  name: name.trim(),
                  basis_points: type === 'percent' ? parsed : null,
                  amount: type === 'amount' ? parsed : null,
                  duration,
                  duration_periods: duration === 'repeating' ? Number(periods) : null,
                },
              },
              {
                onSuccess: () => {
                  toast.success(`${name.trim()} saved.`);
                  setEditing(null);
                },
              },
            );
          }}
        >
          <FormAlert message={formErrorMessage(save.error)} />
          <InputField label="Name" required value={name} onChange={(event) => setName(event.target.value)} error={fields.name} />
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectField label="Type" value={type} onChange={(event) => setType(event.target.value as 'percent' | 'amount')}>
              <option value="percent">Percentage</option>
              <option value="amount">Amount ({currency})</option>
            </SelectField>
            <InputField label={type === 'percent' ? 'Percent off' : 'Amount off'} inputMode="decimal" required value={value} onChange={(event) => setValue(event.target.value)} error={fields.basis_points ?? fields.amount} />
            <SelectField label="For" value={duration} onChange={(event) => setDuration(event.target.value as DiscountDuration)}>
              <option value="once">The first invoice</option>
              <option value="repeating">Some membership periods</option>
              <option value="forever">Every invoice</option>
            </SelectField>
            {duration === 'repeating' ? <InputField label="Periods" type="number" min={1} value={periods} onChange={(event) => setPeriods(event.target.value)} error={fields.duration_periods} /> : null}
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setEditing(null)}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!valid}>
              Save
            </Button>
          </div>
        </form>
      </Dialog>
    </Card>
  );
}
