import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Stripe, StripeCardElement, StripeElements } from '@stripe/stripe-js';
import { billingKeys, type SetupIntent } from '@/features/billing/api';
import { createSetupIntent, recordCard } from '@/features/billing/mutations';
import { appearanceFor, hasPaymentElement, stripeErrorMessage, stripeFor } from '@/features/billing/components/stripe-card';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { Spinner } from '@/components/ui/states';
import { useThemeColors } from '@/components/ui/theme-colors';
import { useToast } from '@/components/ui/toast';
import { errorMessage } from '@/lib/api-error';

type Form = { setupIntent: SetupIntent; stripe: Stripe } & ({ kind: 'payment'; elements: StripeElements } | { kind: 'card'; card: StripeCardElement });

/** Saves a card for later payments and renewals through a SetupIntent, without charging it. */
export function AddCardDialog({ clientId, open, onClose }: { clientId: number; open: boolean; onClose: () => void }) {
  const colors = useThemeColors();
  const toast = useToast();
  const queryClient = useQueryClient();
  const slot = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open || form) return;
    let cancelled = false;
    (async () => {
      try {
        const setupIntent = await createSetupIntent(clientId);
        const stripe = await stripeFor(setupIntent);
        if (cancelled || !slot.current) return;
        if (hasPaymentElement(stripe)) {
          const dark = document.documentElement.classList.contains('dark');
          const elements = stripe.elements({ clientSecret: setupIntent.client_secret, appearance: appearanceFor(colors, dark) });
          elements.create('payment').mount(slot.current);
          setForm({ kind: 'payment', setupIntent, stripe, elements });
        } else {
          const card = stripe.elements().create('card');
          card.mount(slot.current);
          setForm({ kind: 'card', setupIntent, stripe, card });
        }
      } catch (caught) {
        if (!cancelled) setError(errorMessage(caught));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [open, form, clientId, colors]);

  const close = () => {
    setForm(null);
    setError(null);
    onClose();
  };

  const save = async () => {
    if (!form) return;
    setBusy(true);
    setError(null);
    try {
      const result =
        form.kind === 'payment'
          ? await form.stripe.confirmSetup({ elements: form.elements, redirect: 'if_required', confirmParams: { return_url: window.location.href } })
          : await form.stripe.confirmCardSetup(form.setupIntent.client_secret, { payment_method: { card: form.card } });
      const message = stripeErrorMessage(result);
      if (message) throw new Error(message);
      const card = await recordCard(clientId, form.setupIntent.setup_intent_id);
      await queryClient.invalidateQueries({ queryKey: billingKeys.client(clientId, 'cards') });
      toast.success(`Card ending ${card.last4} saved.`);
      close();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} title="Add a card">
      <div className="flex flex-col gap-4">
        {error ? <FormAlert message={error} /> : null}
        <div ref={slot} data-testid="card-form" className="min-h-24 rounded-lg border border-border p-3 [&_input]:m-1 [&_input]:min-h-11 [&_input]:rounded [&_input]:border [&_input]:border-border [&_input]:bg-surface [&_input]:px-2" />
        {!form && !error ? <Spinner label="Opening the card form…" /> : null}
        <p className="text-xs text-muted">The card is kept by Stripe, the studio's payment provider, for your next payments and membership renewals. Nothing is charged now.</p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button loading={busy} disabled={!form} onClick={save}>
            Save card
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
