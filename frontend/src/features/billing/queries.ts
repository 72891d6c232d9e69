/** Billing's reads as TanStack Query hooks. */
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import {
  billingKeys,
  queryString,
  request,
  type BillingSettings,
  type CreditEntry,
  type CreditSummary,
  type Discount,
  type Invoice,
  type InvoiceDetail,
  type OverdueInvoice,
  type Membership,
  type MrrReport,
  type Page,
  type Payment,
  type Product,
  type ReceivablesReport,
  type RefundsReport,
  type ReportGroup,
  type RevenueByProduct,
  type RevenueByTrainer,
  type RevenueReport,
  type SavedCard,
  type TaxRate,
} from '@/features/billing/api';
import { creditShortfalls } from '@/features/billing/format';

const ALL = { per_page: 100 };

export function useBillingSettings(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: billingKeys.settings, queryFn: () => request<BillingSettings>('GET', '/api/billing/settings'), staleTime: 60_000, ...options });
}

/** The studio's currency (from its billing settings); USD until they have loaded. */
export function useCurrency(): string {
  return useBillingSettings().data?.currency ?? 'USD';
}

export function useProducts(query: { kind?: string; archived?: boolean } = {}, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: billingKeys.catalogue('products', query),
    queryFn: () => request<Page<Product>>('GET', `/api/billing/products${queryString({ ...ALL, ...query })}`),
    ...options,
  });
}

export function useTaxRates(query: { archived?: boolean } = {}) {
  return useQuery({
    queryKey: billingKeys.catalogue('tax-rates', query),
    queryFn: () => request<Page<TaxRate>>('GET', `/api/billing/tax-rates${queryString({ ...ALL, ...query })}`),
  });
}

export function useDiscounts(query: { archived?: boolean } = {}) {
  return useQuery({
    queryKey: billingKeys.catalogue('discounts', query),
    queryFn: () => request<Page<Discount>>('GET', `/api/billing/discounts${queryString({ ...ALL, ...query })}`),
  });
}

export function useCredits(clientId: number) {
  return useQuery({ queryKey: billingKeys.client(clientId, 'credits'), queryFn: () => request<CreditSummary>('GET', `/api/clients/${clientId}/credits`) });
}

export function useCreditLedger(clientId: number, page: number) {
  return useQuery({
    queryKey: billingKeys.client(clientId, 'ledger', { page }),
    queryFn: () => request<Page<CreditEntry>>('GET', `/api/clients/${clientId}/credits/ledger${queryString({ page, per_page: 10 })}`),
    placeholderData: keepPreviousData,
  });
}

export function useClientMemberships(clientId: number) {
  return useQuery({ queryKey: billingKeys.client(clientId, 'memberships'), queryFn: () => request<Page<Membership>>('GET', `/api/clients/${clientId}/memberships`) });
}

export function useSavedCards(clientId: number, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: billingKeys.client(clientId, 'cards'), queryFn: () => request<Page<SavedCard>>('GET', `/api/clients/${clientId}/cards`), ...options });
}

/** `number`: part of an invoice's number. `overdue`: open invoices past their due date, oldest first, each with its age in days. */
export type InvoiceQuery = { client_id?: number; kind?: 'invoice' | 'credit_note'; status?: string; overdue?: boolean; number?: string; page?: number; per_page?: number };

/** `pollWhile`: keep looking every 1.5 s while it holds for the page (a payment Stripe has not reported yet). */
export function useInvoices(query: InvoiceQuery, { pollWhile }: { pollWhile?: (page: Page<Invoice>) => boolean } = {}) {
  return useQuery({
    queryKey: billingKeys.invoices(query),
    queryFn: () => {
      const { overdue, ...rest } = query;
      // The overdue list has its own address, which gives each invoice's age; a number search stays on the full list.
      if (overdue && !query.number) return request<Page<OverdueInvoice>>('GET', `/api/billing/invoices/overdue${queryString({ client_id: rest.client_id, page: rest.page, per_page: rest.per_page })}`);
      return request<Page<Invoice>>('GET', `/api/billing/invoices${queryString({ ...rest, overdue })}`);
    },
    placeholderData: keepPreviousData,
    refetchInterval: pollWhile ? (current) => (current.state.data && pollWhile(current.state.data) ? 1500 : false) : undefined,
  });
}

export function useInvoice(invoiceId: number) {
  return useQuery({ queryKey: billingKeys.invoice(invoiceId), queryFn: () => request<InvoiceDetail>('GET', `/api/billing/invoices/${invoiceId}`), enabled: invoiceId > 0 });
}

export function usePayments(query: { client_id?: number; invoice_id?: number; page?: number; per_page?: number }) {
  return useQuery({
    queryKey: ['billing', 'payments', query],
    queryFn: () => request<Page<Payment>>('GET', `/api/billing/payments${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

export type ReportRange = { from: string; to: string };

type Reports = {
  revenue: RevenueReport;
  'revenue-by-product': RevenueByProduct;
  'revenue-by-trainer': RevenueByTrainer;
  mrr: MrrReport;
  receivables: ReceivablesReport;
  refunds: RefundsReport;
};
export type ReportName = keyof Reports;

/** The address of a report, as JSON or (`format: 'csv'`) as the CSV download. */
export function reportPath(name: ReportName, query: ReportRange & { group?: ReportGroup; format?: 'csv' }): string {
  return `/api/billing/reports/${name}${queryString(query)}`;
}

export function useReport<N extends ReportName>(name: N, query: ReportRange & { group?: ReportGroup }) {
  return useQuery({ queryKey: billingKeys.report(name, query), queryFn: () => request<Reports[N]>('GET', reportPath(name, query)), placeholderData: keepPreviousData });
}

/** For the booking form: sentences about chosen clients without a usable credit, per the studio's policy (none when it is off). */
export function useCreditShortfalls(clients: { id: number; name: string }[], kind: string): string[] {
  const settings = useBillingSettings();
  const policy = settings.data?.credit_policy;
  const summaries = useQueries({
    queries: clients.map((client) => ({
      queryKey: billingKeys.client(client.id, 'credits'),
      queryFn: () => request<CreditSummary>('GET', `/api/clients/${client.id}/credits`),
      enabled: !!policy && policy !== 'off',
    })),
  });
  return creditShortfalls(clients.map((client, index) => ({ name: client.name, summary: summaries[index]?.data })), kind, policy);
}
