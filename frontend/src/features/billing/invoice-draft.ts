/** The invoice editor's lines as typed, and turning them into what the API takes. */
import type { InvoiceLine, LineInput, Product } from '@/features/billing/api';
import { parseMoney, toMajorInput } from '@/features/billing/format';

export type DraftLine = { key: number; description: string; quantity: string; unitPrice: string; productId: number | null; taxRateId: number | null };

let nextKey = 1;
export const blankLine = (): DraftLine => ({ key: nextKey++, description: '', quantity: '1', unitPrice: '', productId: null, taxRateId: null });

export const lineFromProduct = (product: Product, currency: string): DraftLine => ({
  key: nextKey++,
  description: product.name,
  quantity: '1',
  unitPrice: toMajorInput(product.price, currency),
  productId: product.id,
  taxRateId: product.tax_rate_id,
});

/** An existing draft's lines back in the editor (the tax rate is matched by name, the lines keep only its snapshot). */
export const linesFromInvoice = (lines: InvoiceLine[], currency: string, taxRateIdByName: (name: string | null) => number | null): DraftLine[] =>
  lines.map((line) => ({
    key: nextKey++,
    description: line.description,
    quantity: String(line.quantity),
    unitPrice: toMajorInput(line.unit_price, currency),
    productId: line.product_id,
    taxRateId: taxRateIdByName(line.tax_name),
  }));

export type LineErrors = { description?: string; quantity?: string; unitPrice?: string };

/** The lines the API takes, or each line's problems in words; empty lines are left out. */
export function toLineInputs(lines: DraftLine[], currency: string): { lines: LineInput[]; errors: Record<number, LineErrors>; ok: boolean } {
  const out: LineInput[] = [];
  const errors: Record<number, LineErrors> = {};
  for (const line of lines) {
    if (!line.description.trim() && !line.unitPrice.trim()) continue;
    const problems: LineErrors = {};
    const quantity = Number(line.quantity);
    const unitPrice = parseMoney(line.unitPrice, currency);
    if (!line.description.trim()) problems.description = 'Say what this line is for.';
    if (!Number.isInteger(quantity) || quantity < 1) problems.quantity = 'A whole number, 1 or more.';
    if (unitPrice === null) problems.unitPrice = 'Enter a price such as 12.50.';
    if (Object.keys(problems).length) errors[line.key] = problems;
    else out.push({ description: line.description.trim(), quantity, unit_price: unitPrice!, product_id: line.productId, tax_rate_id: line.taxRateId });
  }
  return { lines: out, errors, ok: out.length > 0 && !Object.keys(errors).length };
}

/** Quantity × price of the lines as typed, before discount and tax (which the server works out). */
export function typedSubtotal(lines: DraftLine[], currency: string): number {
  return lines.reduce((sum, line) => sum + (parseMoney(line.unitPrice, currency) ?? 0) * (Number.isInteger(Number(line.quantity)) ? Number(line.quantity) : 0), 0);
}
