import { describe, expect, test } from 'vitest';
import { blankLine, toLineInputs, typedSubtotal, type DraftLine } from '@/features/billing/invoice-draft';

const line = (changes: Partial<DraftLine>): DraftLine => ({ ...blankLine(), ...changes });

describe('invoice editor lines', () => {
  test('typed lines become minor units; empty lines are left out', () => {
    const result = toLineInputs([line({ description: 'Water bottle', quantity: '2', unitPrice: '12.50', productId: 4, taxRateId: 1 }), line({})], 'USD');
    expect(result).toEqual({ ok: true, errors: {}, lines: [{ description: 'Water bottle', quantity: 2, unit_price: 1250, product_id: 4, tax_rate_id: 1 }] });
  });

  test('each bad line says what is wrong with it', () => {
    const bad = line({ description: ' ', quantity: '1.5', unitPrice: 'ten' });
    const result = toLineInputs([bad], 'USD');
    expect(result.ok).toBe(false);
    expect(result.errors[bad.key]).toEqual({ description: 'Say what this line is for.', quantity: 'A whole number, 1 or more.', unitPrice: 'Enter a price such as 12.50.' });
  });

  test('an invoice needs at least one line', () => {
    expect(toLineInputs([line({})], 'USD').ok).toBe(false);
  });

  test('the typed subtotal is quantity times price, in minor units', () => {
    expect(typedSubtotal([line({ quantity: '3', unitPrice: '0.10' }), line({ quantity: '1', unitPrice: '5' })], 'USD')).toBe(530);
    expect(typedSubtotal([line({ quantity: '2', unitPrice: '500' })], 'JPY')).toBe(1000);
  });
});
