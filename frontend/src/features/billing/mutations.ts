/** Billing's writes. Money moving changes credits, invoices, payments and reports together, so each refreshes every billing query. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  billingKeys,
  request,
  type BillingSettings,
  type BillingSettingsUpdate,
  type CreditAdjustmentInput,
  type CreditEntry,
  type Discount,
  type DiscountInput,
  type InvoiceDetail,
  type InvoiceInput,
  type Membership,
  type Payment,
  type PaymentInput,
  type PaymentIntent,
  type Product,
  type ProductInput,
  type Refund,
  type SaleInput,
  type SaleResult,
  type SavedCard,
  type SetupIntent,
  type TaxRate,
  type TaxRateInput,
} from '@/features/billing/api';

function useBillingMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // Sessions too: a sale or an adjustment changes what the booking form warns about.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => ['billing', 'clients', 'sessions', 'dashboard', 'activity'].includes(String(query.queryKey[0])) }),
  });
}

export function useUpdateBillingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BillingSettingsUpdate) => request<BillingSettings>('PATCH', '/api/billing/settings', body),
    onSuccess: (settings) => {
      queryClient.setQueryData(billingKeys.settings, settings);
      return queryClient.invalidateQueries({ queryKey: billingKeys.all });
    },
  });
}

type CatalogueRecord = { products: [Product, ProductInput]; 'tax-rates': [TaxRate, TaxRateInput]; discounts: [Discount, DiscountInput] };

/** Create, change, and delete (the server archives instead once a record is in use) one catalogue record. */
export function useSaveCatalogue<K extends keyof CatalogueRecord>(what: K) {
  return useBillingMutation(({ id, body }: { id?: number; body: Partial<CatalogueRecord[K][1]> }) =>
    id ? request<CatalogueRecord[K][0]>('PATCH', `/api/billing/${what}/${id}`, body) : request<CatalogueRecord[K][0]>('POST', `/api/billing/${what}`, body),
  );
}

export function useDeleteCatalogue(what: keyof CatalogueRecord) {
  return useBillingMutation((id: number) => request<void>('DELETE', `/api/billing/${what}/${id}`));
}

export function useSell(clientId: number) {
  return useBillingMutation((body: SaleInput) => request<SaleResult>('POST', `/api/clients/${clientId}/sales`, body));
}

export function useAdjustCredits(clientId: number) {
  return useBillingMutation((body: CreditAdjustmentInput) => request<CreditEntry>('POST', `/api/clients/${clientId}/credits/adjustments`, body));
}

export function useMembershipAction() {
  return useBillingMutation(({ membershipId, action }: { membershipId: number; action: 'cancel' | 'pause' | 'resume' }) =>
    request<Membership>('POST', `/api/billing/memberships/${membershipId}/${action}`, {}),
  );
}

export function useSaveInvoice() {
  return useBillingMutation(({ id, body }: { id?: number; body: InvoiceInput }) =>
    id ? request<InvoiceDetail>('PATCH', `/api/billing/invoices/${id}`, body) : request<InvoiceDetail>('POST', '/api/billing/invoices', body),
  );
}

export function useDeleteInvoice() {
  return useBillingMutation((id: number) => request<void>('DELETE', `/api/billing/invoices/${id}`));
}

/** finalise (draft → open, numbered), void, or mark uncollectible. */
export function useInvoiceAction() {
  return useBillingMutation(({ invoiceId, action }: { invoiceId: number; action: 'finalise' | 'void' | 'uncollectible' }) =>
    request<InvoiceDetail>('POST', `/api/billing/invoices/${invoiceId}/${action}`, {}),
  );
}

/** A credit note for some of an invoice's lines (each line's amount to credit, positive minor units). */
export function useCreateCreditNote() {
  return useBillingMutation(({ invoiceId, lines, reason }: { invoiceId: number; lines: { line_id: number; amount: number }[]; reason: string }) =>
    request<InvoiceDetail>('POST', `/api/billing/invoices/${invoiceId}/credit-notes`, { lines, reason }),
  );
}

export function useRecordPayment() {
  return useBillingMutation(({ invoiceId, body }: { invoiceId: number; body: PaymentInput }) => request<Payment>('POST', `/api/billing/invoices/${invoiceId}/payments`, body));
}

export function useRefund() {
  return useBillingMutation(({ paymentId, amount, reason }: { paymentId: number; amount: number; reason: string }) =>
    request<Refund>('POST', `/api/billing/payments/${paymentId}/refunds`, { amount, reason }),
  );
}

export function useCardAction(clientId: number) {
  return useBillingMutation(({ cardId, action }: { cardId: number; action: 'delete' | 'default' }): Promise<SavedCard | void> =>
    action === 'delete' ? request<void>('DELETE', `/api/clients/${clientId}/cards/${cardId}`) : request<SavedCard>('POST', `/api/clients/${clientId}/cards/${cardId}/default`, {}),
  );
}

export const createSetupIntent = (clientId: number) => request<SetupIntent>('POST', `/api/clients/${clientId}/cards/setup-intent`, {});
export const recordCard = (clientId: number, setupIntentId: string) => request<SavedCard>('POST', `/api/clients/${clientId}/cards`, { setup_intent_id: setupIntentId });
/** A PaymentIntent for what the invoice still asks; with `card_id` the server confirms it with that card. */
export const createPaymentIntent = (invoiceId: number, savedCardId?: number) =>
  request<PaymentIntent>('POST', `/api/billing/invoices/${invoiceId}/payment-intent`, savedCardId ? { card_id: savedCardId } : {});
