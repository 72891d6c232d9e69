import { useState } from 'react';
import type { Interval, Product, ProductInput, ProductKind } from '@/features/billing/api';
import { describeProduct, parseMoney, PRODUCT_KIND_LABELS, toMajorInput } from '@/features/billing/format';
import { useDeleteCatalogue, useSaveCatalogue } from '@/features/billing/mutations';
import { useProducts, useTaxRates } from '@/features/billing/queries';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Checkbox, InputField, SelectField, TextareaField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { SidePanel } from '@/components/ui/side-panel';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';
import { formErrorMessage, serverFieldErrors } from '@/lib/form';

// scheduling.models.KINDS: what a session can be, and so what a credit can pay for.
const SESSION_KINDS = ['personal', 'group', 'assessment', 'consultation'] as const;

type Values = { kind: ProductKind; name: string; description: string; price: string; taxRateId: string; sessionKinds: string[]; sessionCount: string; validDays: string; interval: Interval; sessionsPerPeriod: string; minimumTerm: string; noticeDays: string };

const toValues = (product: Product | null, currency: string): Values => ({
  kind: product?.kind ?? 'pack',
  name: product?.name ?? '',
  description: product?.description ?? '',
  price: product ? toMajorInput(product.price, currency) : '',
  taxRateId: product?.tax_rate_id ? String(product.tax_rate_id) : '',
  sessionKinds: product?.session_kinds ?? [],
  sessionCount: String(product?.session_count ?? 10),
  validDays: String(product?.valid_days ?? 90),
  interval: product?.interval ?? 'month',
  sessionsPerPeriod: product?.sessions_per_period ? String(product.sessions_per_period) : '',
  minimumTerm: String(product?.minimum_term_periods ?? 0),
  noticeDays: String(product?.notice_days ?? 0),
});

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : null);

/** What the API takes, or the first problem per field. */
function toInput(values: Values, currency: string): { body?: ProductInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const price = parseMoney(values.price, currency);
  if (!values.name.trim()) errors.name = 'Name is required.';
  if (price === null) errors.price = 'Enter a price such as 120.00.';
  const count = whole(values.sessionCount);
  const days = whole(values.validDays);
  if (values.kind === 'pack' && !count) errors.session_count = 'How many sessions, 1 or more.';
  if (values.kind === 'pack' && !days) errors.valid_days = 'For how many days, 1 or more.';
  if (values.kind === 'drop_in' && values.sessionKinds.length !== 1) errors.session_kinds = 'A drop-in price is for exactly one kind of session.';
  if (Object.keys(errors).length) return { errors };
  const membership = values.kind === 'membership';
  return {
    errors,
    body: {
      kind: values.kind,
      name: values.name.trim(),
      description: values.description.trim() || null,
      price: price!,
      tax_rate_id: values.taxRateId ? Number(values.taxRateId) : null,
      session_kinds: values.kind === 'item' ? [] : (values.sessionKinds as ProductInput['session_kinds']),
      session_count: values.kind === 'pack' ? count : null,
      valid_days: values.kind === 'pack' ? days : null,
      interval: membership ? values.interval : null,
      sessions_per_period: membership ? whole(values.sessionsPerPeriod) || null : null,
      minimum_term_periods: membership ? (whole(values.minimumTerm) ?? 0) : 0,
      notice_days: membership ? (whole(values.noticeDays) ?? 0) : 0,
    },
  };
}

function ProductForm({ product, currency, onDone }: { product: Product | null; currency: string; onDone: () => void }) {
  const save = useSaveCatalogue('products');
  const taxRates = useTaxRates({ archived: false });
  const toast = useToast();
  const [values, setValues] = useState(() => toValues(product, currency));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const server = serverFieldErrors(save.error);
  const error = (name: string) => errors[name] ?? server[name];
  const set = (changes: Partial<Values>) => setValues({ ...values, ...changes });
  const { kind } = values;
  return (
    <form
      className="flex flex-col gap-3 pb-4"
      aria-label={product ? `Edit ${product.name}` : 'New product'}
      onSubmit={(event) => {
        event.preventDefault();
        const result = toInput(values, currency);
        setErrors(result.errors);
        if (!result.body) return;
        save.mutate({ id: product?.id, body: result.body }, { onSuccess: (saved) => (toast.success(`${saved.name} saved.`), onDone()) });
      }}
    >
      <FormAlert message={formErrorMessage(save.error)} />
      <SelectField label="Kind" value={kind} disabled={!!product} onChange={(event) => set({ kind: event.target.value as ProductKind })} hint={product ? 'A product keeps its kind; make a new one instead.' : undefined}>
        {Object.entries(PRODUCT_KIND_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <InputField label="Name" required value={values.name} onChange={(event) => set({ name: event.target.value })} error={error('name')} />
      <InputField
        label={`Price (${currency})${kind === 'membership' ? ' per period' : kind === 'drop_in' ? ' per session' : ''}`}
        inputMode="decimal"
        required
        value={values.price}
        onChange={(event) => set({ price: event.target.value })}
        error={error('price')}
      />
      <SelectField label="Tax" value={values.taxRateId} onChange={(event) => set({ taxRateId: event.target.value })} error={error('tax_rate_id')}>
        <option value="">No tax</option>
        {taxRates.data?.items.map((rate) => (
          <option key={rate.id} value={rate.id}>
            {rate.name}
          </option>
        ))}
      </SelectField>
      {kind === 'pack' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <InputField label="Sessions" type="number" min={1} value={values.sessionCount} onChange={(event) => set({ sessionCount: event.target.value })} error={error('session_count')} />
          <InputField label="Valid for (days)" type="number" min={1} value={values.validDays} onChange={(event) => set({ validDays: event.target.value })} error={error('valid_days')} />
        </div>
      ) : null}
      {kind === 'membership' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField label="Billed every" value={values.interval} onChange={(event) => set({ interval: event.target.value as Interval })}>
            <option value="week">Week</option>
            <option value="month">Month</option>
            <option value="year">Year</option>
          </SelectField>
          <InputField label="Sessions per period" type="number" min={1} value={values.sessionsPerPeriod} onChange={(event) => set({ sessionsPerPeriod: event.target.value })} hint="Empty for unlimited." error={error('sessions_per_period')} />
          <InputField label="Minimum term (periods)" type="number" min={0} value={values.minimumTerm} onChange={(event) => set({ minimumTerm: event.target.value })} error={error('minimum_term_periods')} />
          <InputField label="Notice (days)" type="number" min={0} value={values.noticeDays} onChange={(event) => set({ noticeDays: event.target.value })} error={error('notice_days')} />
        </div>
      ) : null}
      {kind !== 'item' ? (
        <fieldset className="flex flex-col">
          <legend className="text-sm font-medium">{kind === 'drop_in' ? 'For which kind of session' : 'Credits pay for (none ticked: any session)'}</legend>
          <div className="flex flex-wrap gap-x-4">
            {SESSION_KINDS.map((sessionKind) => (
              <Checkbox
                key={sessionKind}
                label={sessionKind.charAt(0).toUpperCase() + sessionKind.slice(1)}
                checked={values.sessionKinds.includes(sessionKind)}
                onChange={(event) => set({ sessionKinds: event.target.checked ? [...values.sessionKinds, sessionKind] : values.sessionKinds.filter((other) => other !== sessionKind) })}
              />
            ))}
          </div>
          {error('session_kinds') ? <p className="text-sm text-danger">{error('session_kinds')}</p> : null}
        </fieldset>
      ) : null}
      <TextareaField label="Description (optional)" value={values.description} onChange={(event) => set({ description: event.target.value })} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          Save product
        </Button>
      </div>
    </form>
  );
}

/** The products a studio sells: add, change, and remove (archived once sold, so old invoices keep their name). */
export function CatalogueProducts({ currency }: { currency: string }) {
  const products = useProducts({});
  const remove = useDeleteCatalogue('products');
  const toast = useToast();
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [removing, setRemoving] = useState<Product | null>(null);
  return (
    <Card data-testid="catalogue-products">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold">Products</h2>
        <Button onClick={() => setEditing('new')}>Add a product</Button>
      </div>
      {products.isPending ? <Spinner /> : null}
      {products.isError ? <ErrorState error={products.error} onRetry={() => products.refetch()} /> : null}
      {products.data && !products.data.items.length ? (
        <EmptyState compact title="Nothing to sell yet">
          Add a session pack, a membership, a drop-in price or an item.
        </EmptyState>
      ) : null}
      <ul className="flex flex-col divide-y divide-border" aria-label="Products">
        {products.data?.items.map((product) => (
          <li key={product.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0 text-sm">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {product.name} <Badge>{PRODUCT_KIND_LABELS[product.kind]}</Badge>
                {product.archived_at ? <Badge tone="warning">Archived</Badge> : null}
              </p>
              <p className="text-muted">{describeProduct(product, currency)}</p>
            </div>
            {!product.archived_at ? (
              <div className="flex gap-1">
                <Button variant="ghost" onClick={() => setEditing(product)}>
                  Edit
                </Button>
                <Button variant="ghost" onClick={() => setRemoving(product)}>
                  Remove
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <SidePanel open={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? 'New product' : `Edit ${editing?.name ?? ''}`}>
        {editing !== null ? <ProductForm key={editing === 'new' ? 'new' : editing.id} product={editing === 'new' ? null : editing} currency={currency} onDone={() => setEditing(null)} /> : null}
      </SidePanel>
      {removing ? (
        <ConfirmDialog
          open
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove"
          danger
          loading={remove.isPending}
          onClose={() => setRemoving(null)}
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => (toast.success(`${removing.name} is no longer sold.`), setRemoving(null)),
              onError: (caught) => (toast.error(errorMessage(caught)), setRemoving(null)),
            })
          }
        >
          It can no longer be sold. If it was sold before, it is kept as archived so that old invoices and credits still name it.
        </ConfirmDialog>
      ) : null}
    </Card>
  );
}
