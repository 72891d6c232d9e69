/**
 * Billing's requests and the shapes they answer with: aliases of the types `make frontend-api` generates
 * from the backend's OpenAPI (`@/lib/api-schema`). The API always dumps every field of a response, so
 * responses are `Required<...>`; fields the schema only knows as a string or as a computed value
 * (`unknown`) are narrowed here. Money is always an integer number of minor units in `currency`;
 * dates are yyyy-mm-dd, instants ISO 8601 with a zone.
 */
import { env } from '@/config/env';
import { sessionFetch } from '@/lib/api-client';
import { toApiError } from '@/lib/api-error';
import type { components } from '@/lib/api-schema';

type Schemas = components['schemas'];
/** A response schema with every field present, some narrowed by `Narrowed`. */
type Dumped<S, Narrowed = object> = Required<Omit<S, keyof Narrowed>> & Narrowed;

export type ProductKind = Schemas['ProductCreate']['kind'];
export type Interval = NonNullable<Schemas['ProductCreate']['interval']>;
export type CreditPolicy = NonNullable<Schemas['BillingSettingsUpdate']['credit_policy']>;
export type Penalty = NonNullable<Schemas['BillingSettingsUpdate']['late_cancel_penalty']>;
export type DiscountDuration = NonNullable<Schemas['DiscountCreate']['duration']>;
export type CreditEntryKind = NonNullable<Schemas['LedgerEntry']['kind']>;
export type MembershipStatus = NonNullable<Schemas['Membership']['status']>;
export type InvoiceKind = 'invoice' | 'credit_note';
export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
/** Staff record the manual ones; `stripe` is a card paid online. */
export type PaymentMethod = ManualPaymentMethod | 'stripe';
export type ManualPaymentMethod = Schemas['PaymentCreate']['method'];
export type PaymentStatus = 'pending' | 'succeeded' | 'failed';

export type PageMeta = Required<Schemas['PageMeta']>;
export type Page<T> = { items: T[]; meta: PageMeta };

/** GET/PATCH /api/billing/settings; the two Stripe secrets are write-only. */
export type BillingSettings = Dumped<
  Schemas['BillingSettings'],
  { credit_policy: CreditPolicy; late_cancel_penalty: Penalty; no_show_penalty: Penalty; currency_exponent: number; stripe_configured: boolean; stripe_webhook_configured: boolean }
>;
export type BillingSettingsUpdate = Schemas['BillingSettingsUpdate'];

export type TaxRate = Dumped<Schemas['TaxRate']>;
export type TaxRateInput = Schemas['TaxRateCreate'];

export type Product = Dumped<Schemas['Product'], { kind: ProductKind; interval: Interval | null; tax_rate_name: string | null }>;
export type ProductInput = Schemas['ProductCreate'];

export type Discount = Dumped<Schemas['Discount'], { duration: DiscountDuration }>;
export type DiscountInput = Schemas['DiscountCreate'];

/** GET /api/clients/<id>/credits: a grant with credits left, with what granted it ("Pack of 10") and sentences to show. */
export type CreditGrant = Dumped<Schemas['OpenGrant']>;
/** `by_kind`: the credits each session kind can use. */
export type CreditSummary = Dumped<Schemas['Credits'], { grants: CreditGrant[]; by_kind: Record<string, number> }>;

/** GET /api/clients/<id>/credits/ledger: each row with its sentence in the studio's zone. */
export type CreditEntry = Dumped<Schemas['LedgerEntry']>;
export type CreditAdjustmentInput = Schemas['Adjustment'];

export type Membership = Dumped<Schemas['Membership'], { interval: Interval }>;

export type InvoiceLine = Dumped<Schemas['InvoiceLine']>;

export type Invoice = Dumped<Schemas['Invoice'], { client_name: string; kind: InvoiceKind; status: InvoiceStatus }>;
/** GET /api/billing/invoices/overdue: with its days past the due date. */
export type OverdueInvoice = Invoice & { age_days: number };
export type InvoiceDetail = Invoice & { lines: InvoiceLine[]; credit_note_for_number: string | null; /** Staff notes; null for clients. */ notes: string | null };

export type LineInput = Schemas['LineInput'];
export type InvoiceInput = Schemas['InvoiceCreate'];

export type Payment = Dumped<Schemas['Payment'], { client_name: string; invoice_number: string | null; method: PaymentMethod; status: PaymentStatus }>;
export type Refund = Dumped<Schemas['Refund']>;
export type PaymentInput = Schemas['PaymentCreate'];

export type SaleInput = Schemas['SaleCreate'];
/** POST /api/clients/<id>/sales: the invoice it made, the credits it granted and, for a membership, the membership's id. */
export type SaleResult = Dumped<Schemas['Sale'], { invoice: InvoiceDetail }>;

export type SavedCard = Schemas['SavedCard'];
/** POST /api/clients/<id>/cards/setup-intent */
export type SetupIntent = Schemas['SetupIntent'];
/** POST /api/billing/invoices/<id>/payment-intent (body `card_id` to charge a saved card): `status` is Stripe's (succeeded when a saved card paid at once). */
export type PaymentIntent = Schemas['PaymentIntent'];
export type PaymentIntentInput = Schemas['PaymentIntentCreate'];

export type ReportGroup = 'day' | 'week' | 'month';
export type RevenuePoint = Schemas['PeriodRevenue'];
export type RevenueReport = Schemas['Revenue'] & { group: ReportGroup };
export type RevenueByProduct = Schemas['RevenueByProduct'];
export type RevenueByTrainer = Schemas['RevenueByTrainer'];
export type MrrReport = Schemas['Mrr'];
export type ReceivablesReport = Schemas['Receivables'];
export type RefundsReport = Schemas['Refunds'];

/** The query string of `params`, leaving out empty values. */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** One call to the billing API through the session (CSRF, silent refresh); errors as ApiError. */
export async function request<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin' };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  const response = await sessionFetch(new Request(`${env.apiUrl}${path}`, init));
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Query keys: every billing query starts with 'billing', so one invalidation refreshes them all after money moves. */
export const billingKeys = {
  all: ['billing'] as const,
  settings: ['billing', 'settings'] as const,
  catalogue: (what: 'products' | 'tax-rates' | 'discounts', query: object = {}) => ['billing', what, query] as const,
  client: (clientId: number, what: string, query: object = {}) => ['billing', 'client', clientId, what, query] as const,
  invoices: (query: object) => ['billing', 'invoices', query] as const,
  invoice: (id: number) => ['billing', 'invoice', id] as const,
  memberships: (query: object) => ['billing', 'memberships', query] as const,
  report: (name: string, query: object) => ['billing', 'report', name, query] as const,
};
