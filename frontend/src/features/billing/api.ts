/**
 * Billing's requests and the shapes they answer with, written by hand from the brief of issue 12
 * while the backend is built in parallel (names follow `backend/fitnesscrm/billing/models.py`).
 * At merge these give way to the types `make frontend-api` generates. Money is always an integer
 * number of minor units in `currency`; dates are yyyy-mm-dd, instants ISO 8601 with a zone.
 */
import { env } from '@/config/env';
import { sessionFetch } from '@/lib/api-client';
import { toApiError } from '@/lib/api-error';

export type ProductKind = 'pack' | 'membership' | 'drop_in' | 'item';
export type Interval = 'week' | 'month' | 'year';
export type CreditPolicy = 'required' | 'warn' | 'off';
export type Penalty = 'forfeit' | 'fee' | 'none';
export type DiscountDuration = 'once' | 'repeating' | 'forever';
export type CreditEntryKind = 'grant' | 'reserve' | 'release' | 'expire' | 'adjust';
export type MembershipStatus = 'active' | 'past_due' | 'paused' | 'cancelled' | 'ended';
export type InvoiceKind = 'invoice' | 'credit_note';
export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
export type PaymentMethod = 'cash' | 'bank_transfer' | 'card_terminal' | 'stripe' | 'other';
export type PaymentStatus = 'pending' | 'succeeded' | 'failed';

export type PageMeta = { total: number; total_is_exact?: boolean; page: number; per_page: number; pages: number; has_next: boolean; has_prev: boolean };
export type Page<T> = { items: T[]; meta: PageMeta };

/** GET/PATCH /api/billing/settings; the two Stripe secrets are write-only. */
export type BillingSettings = {
  currency: string;
  credit_policy: CreditPolicy;
  late_cancel_hours: number;
  late_cancel_penalty: Penalty;
  late_cancel_fee: number;
  no_show_penalty: Penalty;
  no_show_fee: number;
  invoice_due_days: number;
  retry_days: number[];
  grace_days: number;
  legal_name: string | null;
  address: string | null;
  tax_id: string | null;
  invoice_footer: string | null;
  stripe_publishable_key: string | null;
  stripe_configured: boolean;
  /** The address to give Stripe for webhooks (`/api/billing/stripe/webhooks/<organization id>`). */
  stripe_webhook_url?: string;
};
export type BillingSettingsUpdate = Partial<Omit<BillingSettings, 'stripe_configured' | 'stripe_webhook_url'>> & {
  stripe_secret_key?: string | null;
  stripe_webhook_secret?: string | null;
};

export type TaxRate = { id: number; name: string; basis_points: number; inclusive: boolean; archived_at: string | null };
export type TaxRateInput = Pick<TaxRate, 'name' | 'basis_points' | 'inclusive'>;

export type Product = {
  id: number;
  kind: ProductKind;
  name: string;
  description: string | null;
  price: number;
  tax_rate_id: number | null;
  session_kinds: string[];
  session_count: number | null;
  valid_days: number | null;
  interval: Interval | null;
  sessions_per_period: number | null;
  minimum_term_periods: number;
  notice_days: number;
  archived_at: string | null;
};
export type ProductInput = Omit<Product, 'id' | 'archived_at'>;

export type Discount = {
  id: number;
  name: string;
  basis_points: number | null;
  amount: number | null;
  duration: DiscountDuration;
  duration_periods: number | null;
  archived_at: string | null;
};
export type DiscountInput = Omit<Discount, 'id' | 'archived_at'>;

/** GET /api/clients/<id>/credits */
export type CreditGrant = {
  id: number;
  quantity: number;
  remaining: number;
  session_kinds: string[];
  expires_at: string | null;
  /** What granted it: "Pack of 10", "Monthly membership". */
  source: string | null;
  created_at: string;
};
export type CreditSummary = { balance: number; by_kind: { kind: string; available: number }[]; grants: CreditGrant[] };

/** GET /api/clients/<id>/credits/ledger: each row with its sentence in the studio's zone. */
export type CreditEntry = { id: number; kind: CreditEntryKind; quantity: number; sentence: string; note: string | null; created_at: string };
export type CreditAdjustmentInput = { quantity: number; note: string; grant_id?: number };

export type Membership = {
  id: number;
  client_id: number;
  client_name: string;
  product_id: number;
  product_name: string;
  status: MembershipStatus;
  price: number;
  currency: string;
  interval: Interval;
  sessions_per_period: number | null;
  started_on: string;
  current_period_start: string;
  current_period_end: string;
  minimum_term_ends_on: string;
  notice_days: number;
  collection: 'manual' | 'stripe';
  cancel_requested_at: string | null;
  ends_on: string | null;
  /** Why it ends when it does, when notice is given: "Ends on 31 Jan: 30 days' notice, …". */
  ends_on_explained: string | null;
  past_due_since: string | null;
  next_retry_at: string | null;
  paused_at: string | null;
};

export type InvoiceLine = {
  id: number;
  position: number;
  description: string;
  product_id: number | null;
  session_id: number | null;
  quantity: number;
  unit_price: number;
  tax_name: string | null;
  tax_basis_points: number;
  tax_inclusive: boolean;
  discount: number;
  net: number;
  tax: number;
  total: number;
};

export type Invoice = {
  id: number;
  client_id: number;
  client_name: string;
  kind: InvoiceKind;
  number: string | null;
  status: InvoiceStatus;
  currency: string;
  issued_on: string | null;
  due_on: string | null;
  subtotal: number;
  discount_total: number;
  tax_total: number;
  total: number;
  amount_paid: number;
  amount_credited: number;
  amount_due: number;
  credit_note_for_id: number | null;
  membership_id: number | null;
  discount_id: number | null;
  period_start: string | null;
  period_end: string | null;
  /** Staff notes; left out for clients. */
  notes?: string | null;
  paid_at: string | null;
  voided_at: string | null;
  created_at: string;
  /** Days past its due date, on the overdue list. */
  days_overdue?: number;
};
export type InvoiceDetail = Invoice & { lines: InvoiceLine[]; payments: Payment[]; credit_notes: Invoice[] };

export type LineInput = { description: string; unit_price: number; quantity: number; product_id?: number | null; tax_rate_id?: number | null };
export type InvoiceInput = { client_id: number; lines: LineInput[]; discount_id?: number | null; due_on?: string | null; notes?: string | null; finalise?: boolean };

export type Payment = {
  id: number;
  invoice_id: number;
  invoice_number: string | null;
  client_id: number;
  client_name: string;
  amount: number;
  currency: string;
  method: PaymentMethod;
  status: PaymentStatus;
  reference: string | null;
  received_at: string;
  amount_refunded: number;
  failure_message: string | null;
  refunds: Refund[];
};
export type Refund = { id: number; amount: number; reason: string; refunded_at: string };
export type PaymentInput = { amount: number; method: PaymentMethod; reference?: string | null; received_at?: string | null };

export type SaleInput = { product_id: number; discount_id?: number | null; quantity?: number; paid?: { method: PaymentMethod; reference?: string | null } };
/** POST /api/clients/<id>/sales: the invoice it made and, for a membership, the membership. */
export type SaleResult = { invoice: Invoice | null; membership: Membership | null };

export type SavedCard = { id: number; brand: string; last4: string; exp_month: number; exp_year: number; is_default: boolean };
/** POST /api/clients/<id>/cards/setup-intent */
export type SetupIntent = { client_secret: string; publishable_key: string; setup_intent_id: string; stripe_js_url?: string | null };
/** POST /api/billing/invoices/<id>/payment-intent: `status` is Stripe's (succeeded when a saved card paid at once). */
export type PaymentIntent = { client_secret: string; publishable_key: string; payment_intent_id: string; status: string; amount: number; currency: string; stripe_js_url?: string | null };

export type ReportGroup = 'day' | 'week' | 'month';
export type RevenuePoint = { period: string; payments: number; refunds: number; net: number };
export type RevenueReport = { currency: string; group: ReportGroup; rows: RevenuePoint[]; total: number };
export type RevenueByProduct = { currency: string; rows: { product_id: number | null; product_name: string; revenue: number }[] };
export type RevenueByTrainer = { currency: string; rows: { trainer_id: number | null; trainer_name: string; sessions: number; revenue: number }[] };
export type MrrReport = { currency: string; rows: { month: string; mrr: number; new: number; expansion: number; contraction: number; churned: number }[] };
export type ReceivablesReport = { currency: string; rows: { bucket: '0-30' | '31-60' | '61-90' | '90+'; invoices: number; amount: number }[] };
export type RefundsReport = { currency: string; rows: { refunded_on: string; client_name: string; invoice_number: string | null; amount: number; reason: string }[] };

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
