/** Billing's words and numbers as people read them: money, statuses, products, discounts, taxes. */
import type { CreditPolicy, CreditSummary, Discount, Interval, InvoiceStatus, Membership, MembershipStatus, PaymentMethod, Product, ProductKind, TaxRate } from '@/features/billing/api';
import { formatDate, humanize } from '@/lib/format';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale?: string): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, cached);
  }
  return cached;
}

/** How many digits a currency has after the point (2 for EUR, 0 for JPY, 3 for KWD), as Intl knows it. */
export function currencyExponent(currency: string): number {
  return formatter(currency, 'en').resolvedOptions().maximumFractionDigits ?? 2;
}

/** Integer minor units in `currency` as the reader writes money: 1234 USD → "$12.34", 500 JPY → "¥500". */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  return formatter(currency, locale).format(minor / 10 ** currencyExponent(currency));
}

/** Minor units as the plain number an input shows: 1234 USD → "12.34". */
export function toMajorInput(minor: number | null | undefined, currency: string): string {
  if (minor === null || minor === undefined) return '';
  return (minor / 10 ** currencyExponent(currency)).toFixed(currencyExponent(currency));
}

/**
 * What someone typed as an amount, in minor units, or null when it is not one: "12.5" → 1250,
 * "1,234.50" → 123450, "12,50" → 1250 (a comma before the last one or two digits is a decimal point).
 * Never through floating point, so 0.29 stays 29.
 */
export function parseMoney(input: string, currency: string): number | null {
  const exponent = currencyExponent(currency);
  let text = input.trim().replace(/[\s\u00a0'’]/g, '').replace(/^[^\d.,-]+|[^\d.,]+$/g, '');
  if (!text) return null;
  const decimalComma = /,\d{1,2}$/.test(text);
  text = decimalComma ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  if (fraction.length > exponent) return null;
  return Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
}

/** Basis points as a percentage: 2000 → "20 %", 825 → "8.25 %". */
export function formatPercent(basisPoints: number): string {
  return `${(basisPoints / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;
}

/** "20.5" (percent typed) → 2050 basis points, or null. */
export function parsePercent(input: string): number | null {
  const value = Number(input.trim().replace(',', '.').replace('%', ''));
  if (!Number.isFinite(value) || value < 0 || value > 100) return null;
  return Math.round(value * 100);
}

export const PRODUCT_KIND_LABELS: Record<ProductKind, string> = { pack: 'Session pack', membership: 'Membership', drop_in: 'Drop-in', item: 'Item' };
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  cash: 'Cash',
  bank_transfer: 'Bank transfer',
  card_terminal: 'Card terminal',
  stripe: 'Card online',
  other: 'Other',
};
const INTERVAL_NOUNS: Record<Interval, string> = { week: 'week', month: 'month', year: 'year' };

type Tone = 'neutral' | 'primary' | 'success' | 'danger' | 'warning';

/** An invoice's status in words and colour; an open invoice past its due date is "Overdue". */
export function invoiceStatus(invoice: { status: InvoiceStatus; due_on: string | null; amount_due: number }, today: string): { label: string; tone: Tone } {
  if (invoice.status === 'open' && invoice.due_on && invoice.due_on < today && invoice.amount_due > 0) return { label: 'Overdue', tone: 'danger' };
  const labels: Record<InvoiceStatus, [string, Tone]> = {
    draft: ['Draft', 'neutral'],
    open: ['Open', 'primary'],
    paid: ['Paid', 'success'],
    void: ['Void', 'neutral'],
    uncollectible: ['Uncollectible', 'warning'],
  };
  const [label, tone] = labels[invoice.status];
  return { label, tone };
}

export function membershipStatus(status: MembershipStatus): { label: string; tone: Tone } {
  const labels: Record<MembershipStatus, [string, Tone]> = {
    active: ['Active', 'success'],
    past_due: ['Payment overdue', 'danger'],
    paused: ['Paused', 'warning'],
    cancelled: ['Cancelled', 'neutral'],
    ended: ['Ended', 'neutral'],
  };
  const [label, tone] = labels[status];
  return { label, tone };
}

/** Session kinds a credit pays for: [] → "any session", ['personal'] → "personal sessions". */
export function sessionKindsLabel(kinds: string[]): string {
  if (!kinds.length) return 'any session';
  const names = kinds.map((kind) => humanize(kind).toLowerCase());
  return `${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]} sessions`;
}

/** A price with what it buys: "$120.00 · 10 sessions, valid 90 days", "$80.00 a month · 8 sessions a month". */
export function describeProduct(product: Product, currency: string): string {
  const price = formatMoney(product.price, currency);
  switch (product.kind) {
    case 'pack':
      return `${price} · ${product.session_count} ${product.session_kinds.length ? sessionKindsLabel(product.session_kinds) : 'sessions'}, valid ${product.valid_days} days`;
    case 'membership': {
      const interval = INTERVAL_NOUNS[product.interval ?? 'month'];
      const sessions = product.sessions_per_period ? `${product.sessions_per_period} sessions a ${interval}` : 'unlimited sessions';
      const terms = [
        product.minimum_term_periods ? `minimum ${product.minimum_term_periods} ${interval}${product.minimum_term_periods > 1 ? 's' : ''}` : null,
        product.notice_days ? `${product.notice_days} days' notice` : null,
      ].filter(Boolean);
      return `${price} a ${interval} · ${sessions}${terms.length ? ` · ${terms.join(', ')}` : ''}`;
    }
    case 'drop_in':
      return `${price} per ${sessionKindsLabel(product.session_kinds).replace(/ sessions$/, ' session')}`;
    default:
      return price;
  }
}

/** "10 % off, once", "$5.00 off, for 3 periods", "20 % off, forever". */
export function describeDiscount(discount: Discount, currency: string): string {
  const amount = discount.basis_points !== null ? formatPercent(discount.basis_points) : formatMoney(discount.amount ?? 0, currency);
  const duration = discount.duration === 'once' ? 'once' : discount.duration === 'forever' ? 'forever' : `for ${discount.duration_periods} periods`;
  return `${amount} off, ${duration}`;
}

/** "VAT 20 % (included in prices)" or "Sales tax 8.25 % (added to prices)". */
export function describeTaxRate(rate: TaxRate): string {
  return `${rate.name} ${formatPercent(rate.basis_points)} (${rate.inclusive ? 'included in prices' : 'added to prices'})`;
}

/** A membership's price and period: "$80.00 a month". */
export function membershipPrice(membership: Pick<Membership, 'price_display' | 'interval'>): string {
  return `${membership.price_display} a ${INTERVAL_NOUNS[membership.interval]}`;
}

/** What notice means for a membership before anyone cancels: the rules the server will apply. */
export function noticeSentence(membership: Pick<Membership, 'minimum_term_ends_on' | 'current_period_end'> & { notice_days?: number | null }, today: string): string {
  const notice = membership.notice_days ? `${membership.notice_days} days' notice` : 'no notice period';
  if (membership.notice_days === undefined || membership.notice_days === null) return `The current period ends ${formatDate(membership.current_period_end)}.${membership.minimum_term_ends_on > today ? ` The minimum term runs until ${formatDate(membership.minimum_term_ends_on)}, so it cannot end before then.` : ''}`;
  const term = membership.minimum_term_ends_on > today ? ` The minimum term runs until ${formatDate(membership.minimum_term_ends_on)}, so it cannot end before then.` : '';
  return `This membership has ${notice}.${term} The current period ends ${formatDate(membership.current_period_end)}.`;
}

/** "3 credits", "1 credit". */
export const credits = (count: number) => `${count} credit${Math.abs(count) === 1 ? '' : 's'}`;

/** Today as yyyy-mm-dd in `timeZone`. */
export function todayIn(timeZone: string, now = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** Credits a client can spend on a session of `kind` (the API counts those for that kind and those for any kind). */
export function creditsFor(summary: Pick<CreditSummary, 'by_kind'>, kind: string): number {
  return summary.by_kind[kind] ?? 0;
}

/**
 * What the booking form says about the chosen clients' credits before booking: nothing with the
 * policy off or when everyone has a credit; otherwise who has none, and whether the booking will be
 * refused (required) or go ahead (warn).
 */
export function creditShortfalls(clients: { name: string; summary?: Pick<CreditSummary, 'by_kind'> }[], kind: string, policy: CreditPolicy | undefined): string[] {
  if (!policy || policy === 'off') return [];
  const kindName = `${humanize(kind).toLowerCase()} sessions`;
  const outcome = policy === 'required' ? 'the studio requires one, so the booking will be refused' : 'the booking goes ahead';
  return clients.filter((client) => client.summary && creditsFor(client.summary, kind) <= 0).map((client) => `${client.name} has no credit left for ${kindName}: ${outcome}.`);
}
