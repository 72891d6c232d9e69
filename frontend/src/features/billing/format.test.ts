import { describe, expect, test } from 'vitest';
import type { Discount, Product } from '@/features/billing/api';
import {
  creditsFor,
  creditShortfalls,
  currencyExponent,
  describeDiscount,
  describeProduct,
  formatMoney,
  formatPercent,
  invoiceStatus,
  noticeSentence,
  parseMoney,
  parsePercent,
  sessionKindsLabel,
  toMajorInput,
  todayIn,
} from '@/features/billing/format';

const product = (changes: Partial<Product>): Product => ({
  id: 1,
  kind: 'pack',
  name: '10-pack',
  description: null,
  price: 12000,
  tax_rate_id: null,
  tax_rate_name: null,
  session_kinds: [],
  session_count: 10,
  valid_days: 90,
  interval: null,
  sessions_per_period: null,
  minimum_term_periods: 0,
  notice_days: 0,
  archived_at: null,
  ...changes,
});

describe('money', () => {
  test('minor units are shown in the currency with its own number of decimals', () => {
    expect(formatMoney(1234, 'USD', 'en-US')).toBe('$12.34');
    expect(formatMoney(500, 'JPY', 'en-US')).toBe('¥500');
    expect(formatMoney(1234, 'KWD', 'en-US')).toBe('KWD\u00a01.234');
    expect(formatMoney(-250, 'EUR', 'de-DE')).toBe('-2,50\u00a0€');
    expect(formatMoney(0, 'GBP', 'en-GB')).toBe('£0.00');
  });

  test('exponents come from Intl', () => {
    expect([currencyExponent('USD'), currencyExponent('JPY'), currencyExponent('BHD')]).toEqual([2, 0, 3]);
  });

  test('typed amounts become minor units without floating point', () => {
    expect(parseMoney('12.5', 'USD')).toBe(1250);
    expect(parseMoney('0.29', 'USD')).toBe(29);
    expect(parseMoney('1,234.50', 'USD')).toBe(123450);
    expect(parseMoney('12,50', 'EUR')).toBe(1250);
    expect(parseMoney('1.234,50', 'EUR')).toBe(123450);
    expect(parseMoney('$ 40', 'USD')).toBe(4000);
    expect(parseMoney('500', 'JPY')).toBe(500);
    expect(parseMoney('5.5', 'JPY')).toBeNull();
    expect(parseMoney('1.005', 'USD')).toBeNull();
    expect(parseMoney('-5', 'USD')).toBeNull();
    expect(parseMoney('abc', 'USD')).toBeNull();
    expect(parseMoney('', 'USD')).toBeNull();
  });

  test('an amount goes back into an input as a plain number', () => {
    expect(toMajorInput(1250, 'USD')).toBe('12.50');
    expect(toMajorInput(500, 'JPY')).toBe('500');
    expect(toMajorInput(null, 'USD')).toBe('');
  });

  test('percentages are basis points', () => {
    expect(formatPercent(2000)).toBe('20 %');
    expect(formatPercent(825)).toBe('8.25 %');
    expect(parsePercent('20.5')).toBe(2050);
    expect(parsePercent('101')).toBeNull();
  });
});

describe('words', () => {
  test('an open invoice past its due date is overdue; paid ones never are', () => {
    expect(invoiceStatus({ status: 'open', due_on: '2026-11-01', amount_due: 100 }, '2026-12-02')).toEqual({ label: 'Overdue', tone: 'danger' });
    expect(invoiceStatus({ status: 'open', due_on: '2026-12-02', amount_due: 100 }, '2026-12-02').label).toBe('Open');
    expect(invoiceStatus({ status: 'paid', due_on: '2026-11-01', amount_due: 0 }, '2026-12-02').label).toBe('Paid');
  });

  test('products say what they sell', () => {
    expect(describeProduct(product({}), 'USD')).toBe('$120.00 · 10 sessions, valid 90 days');
    expect(describeProduct(product({ session_kinds: ['personal'] }), 'USD')).toBe('$120.00 · 10 personal sessions, valid 90 days');
    expect(describeProduct(product({ kind: 'membership', price: 8000, interval: 'month', sessions_per_period: 8, minimum_term_periods: 3, notice_days: 30 }), 'USD')).toBe(
      "$80.00 a month · 8 sessions a month · minimum 3 months, 30 days' notice",
    );
    expect(describeProduct(product({ kind: 'drop_in', price: 2500, session_kinds: ['group'] }), 'USD')).toBe('$25.00 per group session');
    expect(describeProduct(product({ kind: 'item', price: 1500 }), 'USD')).toBe('$15.00');
  });

  test('session kinds read as a list', () => {
    expect(sessionKindsLabel([])).toBe('any session');
    expect(sessionKindsLabel(['personal', 'group', 'assessment'])).toBe('personal, group or assessment sessions');
  });

  test('discounts say how much and for how long', () => {
    const discount: Discount = { id: 1, name: 'Launch', basis_points: 1000, amount: null, duration: 'once', duration_periods: null, archived_at: null };
    expect(describeDiscount(discount, 'USD')).toBe('10 % off, once');
    expect(describeDiscount({ ...discount, basis_points: null, amount: 500, duration: 'repeating', duration_periods: 3 }, 'USD')).toBe('$5.00 off, for 3 periods');
  });

  test('the notice sentence names the minimum term only while it runs', () => {
    const membership = { notice_days: 30, minimum_term_ends_on: '2027-03-01', current_period_end: '2026-12-31' };
    expect(noticeSentence(membership, '2026-12-02')).toContain("30 days' notice. The minimum term runs until");
    expect(noticeSentence({ ...membership, notice_days: 0 }, '2027-06-01')).toMatch(/^This membership has no notice period\. The current period ends/);
  });

  test("today is the reader's calendar day", () => {
    const lateEvening = new Date('2026-12-02T23:30:00Z');
    expect(todayIn('Europe/Berlin', lateEvening)).toBe('2026-12-03');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-12-02');
  });
});

describe('credits before booking', () => {
  const summary = { by_kind: { personal: 2, group: 0 } };
  test('credits for a kind are what the API counts for it (its own and those for any kind)', () => {
    expect(creditsFor(summary, 'personal')).toBe(2);
    expect(creditsFor({ by_kind: { group: 4 } }, 'assessment')).toBe(0);
  });

  test('clients without a credit are named, with what the policy will do', () => {
    const clients = [{ name: 'Ana', summary }, { name: 'Ben', summary: { by_kind: {} } }, { name: 'Cy' }];
    expect(creditShortfalls(clients, 'personal', 'warn')).toEqual(['Ben has no credit left for personal sessions: the booking goes ahead.']);
    expect(creditShortfalls(clients, 'group', 'warn')).toEqual(['Ana has no credit left for group sessions: the booking goes ahead.', 'Ben has no credit left for group sessions: the booking goes ahead.']);
    expect(creditShortfalls(clients, 'group', 'required')[1]).toBe('Ben has no credit left for group sessions: the studio requires one, so the booking will be refused.');
    expect(creditShortfalls(clients, 'group', 'off')).toEqual([]);
  });
});
