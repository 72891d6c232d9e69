import { useSearchParams } from 'react-router';
import type { InvoiceStatus } from '@/features/billing/api';
import { formatMoney, todayIn } from '@/features/billing/format';
import { useCurrency, useInvoices } from '@/features/billing/queries';
import { InvoiceRows } from '@/features/billing/components/invoice-rows';
import { Card } from '@/components/ui/card';
import { FilterSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { SearchInput } from '@/components/ui/search-input';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { nextListSearch, readListState } from '@/lib/list-params';

const DEFAULTS = { q: '', status: '' };
const STATUSES: [string, string][] = [
  ['', 'All'],
  ['overdue', 'Overdue'],
  ['open', 'Open'],
  ['draft', 'Draft'],
  ['paid', 'Paid'],
  ['void', 'Void'],
  ['uncollectible', 'Uncollectible'],
];

/** The studio's invoices, searchable by number and filtered by status; "Overdue" lists the oldest debts first with their age. */
export function InvoicesList({ timeZone }: { timeZone: string }) {
  const [search, setSearch] = useSearchParams();
  const state = readListState(search, DEFAULTS);
  const overdue = state.status === 'overdue';
  const currency = useCurrency();
  const invoices = useInvoices({
    number: state.q.trim() || undefined,
    status: overdue ? undefined : (state.status as InvoiceStatus) || undefined,
    overdue: overdue || undefined,
    page: state.page,
    per_page: state.per_page,
  });
  const change = (changes: Record<string, string | number | null>) => setSearch(nextListSearch(search, DEFAULTS, changes));
  const owed = overdue ? (invoices.data?.items ?? []).reduce((sum, invoice) => sum + invoice.amount_due, 0) : 0;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <SearchInput value={state.q} onSearch={(q) => change({ q })} label="Search invoices" placeholder="Invoice number, e.g. 000114" />
        <FilterSelect label="Status" value={state.status} onChange={(status) => change({ status })}>
          {STATUSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </FilterSelect>
      </div>
      {invoices.isPending ? <Spinner label="Loading invoices…" /> : null}
      {invoices.isError ? <ErrorState error={invoices.error} onRetry={() => invoices.refetch()} /> : null}
      {invoices.data ? (
        invoices.data.items.length ? (
          <>
            {overdue ? <p className="text-sm text-muted">{formatMoney(owed, currency)} overdue on this page, oldest first.</p> : null}
            <Card>
              <InvoiceRows label="Invoices" showClient invoices={invoices.data.items} today={todayIn(timeZone)} href={(invoice) => paths.billingInvoice.getHref(invoice.id)} />
            </Card>
            <ListFooter meta={invoices.data.meta} onPage={(page) => change({ page })} onPerPage={(perPage) => change({ per_page: perPage })} />
          </>
        ) : (
          <EmptyState title={overdue ? 'Nothing overdue' : 'No invoices'}>{overdue ? 'Every invoice past its due date has been paid.' : 'Sell a product from a client’s page, or create an invoice there.'}</EmptyState>
        )
      ) : null}
    </div>
  );
}
