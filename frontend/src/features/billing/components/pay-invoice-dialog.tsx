import { useEffect, useRef, useState } from 'react';
import type { Stripe, StripeCardElement, StripeElements } from '@stripe/stripe-js';
import type { Invoice, SetupIntent } from '@/features/billing/api';
import { formatMoney } from '@/features/billing/format';
import { createPaymentIntent, createSetupIntent, recordCard } from '@/features/billing/mutations';
import { useSavedCards } from '@/features/billing/queries';
import { appearanceFor, hasPaymentElement, stripeErrorMessage, stripeFor } from '@/features/billing/components/stripe-card';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { Spinner } from '@/components/ui/states';
import { useThemeColors } from '@/components/ui/theme-colors';
import { errorMessage } from '@/lib/api-error';

type NewCard =
  | { kind: 'payment'; stripe: Stripe; elements: StripeElements }
  | { kind: 'card'; stripe: Stripe; card: StripeCardElement; setupIntent: SetupIntent };

const brandName = (brand: string) => ({ visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express' })[brand] ?? brand.charAt(0).toUpperCase() + brand.slice(1);

/** Pays what an invoice still asks: with a saved card in one click, or a new card in Stripe's form. */
export function PayInvoiceDialog({ invoice, clientId, open, onClose, onPaid }: { invoice: Invoice; clientId: number; open: boolean; onClose: () => void; onPaid: () => void }) {
  const cards = useSavedCards(clientId, { enabled: open });
  const colors = useThemeColors();
  const [mode, setMode] = useState<'choose' | 'new'>('choose');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<NewCard | null>(null);
  const slot = useRef<HTMLDivElement>(null);
  const amount = formatMoney(invoice.amount_due, invoice.currency);

  async function payWithSavedCard(cardId: number) {
    const intent = await createPaymentIntent(invoice.id, cardId);
    if (intent.status === 'requires_action') {
      // The bank wants the cardholder to confirm (3-D Secure): Stripe.js shows its own dialog.
      const stripe = await stripeFor(intent);
      const message = stripeErrorMessage(await stripe.confirmCardPayment(intent.client_secret));
      if (message) throw new Error(message);
    } else if (intent.status !== 'succeeded' && intent.status !== 'processing') {
      throw new Error('The card was not accepted. Try another card.');
    }
  }

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
      onPaid();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  // "A new card": Stripe's form is mounted once the dialog shows its slot.
  useEffect(() => {
    if (!open || mode !== 'new' || form) return;
    let cancelled = false;
    (async () => {
      try {
        const intent = await createPaymentIntent(invoice.id);
        const stripe = await stripeFor(intent);
        if (cancelled || !slot.current) return;
        const dark = document.documentElement.classList.contains('dark');
        if (hasPaymentElement(stripe)) {
          const elements = stripe.elements({ clientSecret: intent.client_secret, appearance: appearanceFor(colors, dark) });
          elements.create('payment').mount(slot.current);
          setForm({ kind: 'payment', stripe, elements });
        } else {
          const setupIntent = await createSetupIntent(clientId);
          const standIn = await stripeFor(setupIntent);
          if (cancelled || !slot.current) return;
          const card = standIn.elements().create('card');
          card.mount(slot.current);
          setForm({ kind: 'card', stripe: standIn, card, setupIntent });
        }
      } catch (caught) {
        if (!cancelled) setError(errorMessage(caught));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [open, mode, form, invoice.id, clientId, colors]);

  function close() {
    setMode('choose');
    setForm(null);
    setError(null);
    onClose();
  }

  const submitNewCard = () =>
    run(async () => {
      if (!form) return;
      if (form.kind === 'payment') {
        const result = await form.stripe.confirmPayment({ elements: form.elements, redirect: 'if_required', confirmParams: { return_url: window.location.href } });
        const message = stripeErrorMessage(result);
        if (message) throw new Error(message);
        return;
      }
      const message = stripeErrorMessage(await form.stripe.confirmCardSetup(form.setupIntent.client_secret, { payment_method: { card: form.card } }));
      if (message) throw new Error(message);
      const saved = await recordCard(clientId, form.setupIntent.setup_intent_id);
      await payWithSavedCard(saved.id);
    });

  const savedCards = cards.data?.items ?? [];
  return (
    <Dialog open={open} onClose={close} title={`Pay ${amount}`}>
      <p className="mb-4 text-sm text-muted">
        Invoice {invoice.number} · {amount} due
      </p>
      {error ? <FormAlert message={error} /> : null}
      {mode === 'choose' ? (
        <div className="flex flex-col gap-2">
          {cards.isPending ? <Spinner label="Loading your cards…" /> : null}
          {savedCards.map((card) => (
            <Button key={card.id} variant={card.is_default ? 'primary' : 'secondary'} loading={busy} onClick={() => run(() => payWithSavedCard(card.id))}>
              Pay with {brandName(card.brand)} •••• {card.last4}
            </Button>
          ))}
          <Button variant={savedCards.length ? 'ghost' : 'primary'} disabled={busy} onClick={() => setMode('new')}>
            Pay with a new card
          </Button>
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <div ref={slot} data-testid="card-form" className="min-h-24 rounded-lg border border-border p-3 [&_input]:m-1 [&_input]:min-h-11 [&_input]:rounded [&_input]:border [&_input]:border-border [&_input]:bg-surface [&_input]:px-2" />
          {!form && !error ? <Spinner label="Opening the card form…" /> : null}
          <p className="text-xs text-muted">Your card details go straight to Stripe, the studio's payment provider; the studio never sees the card number.</p>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button loading={busy} disabled={!form} onClick={submitNewCard}>
              Pay {amount}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
