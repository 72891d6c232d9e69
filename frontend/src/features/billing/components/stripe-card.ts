/**
 * Stripe.js for paying an invoice and saving a card. The real Stripe.js gets the Payment Element
 * (`confirmPayment`); localstripe's stand-in (served at `<localstripe>/js.stripe.com/v3/` and named
 * by the API as `stripe_js_url` in tests) speaks only the older card form, so there a new card is
 * saved through its SetupIntent and the invoice is then paid with that saved card.
 */
import type { Stripe, StripeElements } from '@stripe/stripe-js';
import type { ThemeColors } from '@/components/ui/theme-colors';

const loaded = new Map<string, Promise<Stripe>>();

function injectScript(url: string): Promise<void> {
  if ((window as { Stripe?: unknown }).Stripe) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error("The card form didn't load. Check your connection and try again."));
    document.head.append(script);
  });
}

/** One Stripe object per publishable key; the stand-in, when the API names one, is put in place first. */
export function stripeFor({ publishable_key, stripe_js_url }: { publishable_key: string | null; stripe_js_url?: string | null }): Promise<Stripe> {
  if (!publishable_key) return Promise.reject(new Error('Card payments are not set up for this studio yet.'));
  let promise = loaded.get(publishable_key);
  if (!promise) {
    promise = (async () => {
      if (stripe_js_url) await injectScript(stripe_js_url);
      // pure: Stripe.js is fetched only now, when someone is about to pay, not with the page.
      const { loadStripe } = await import('@stripe/stripe-js/pure');
      const stripe = await loadStripe(publishable_key);
      if (!stripe) throw new Error("The card form didn't load. Try again.");
      return stripe;
    })();
    promise.catch(() => loaded.delete(publishable_key));
    loaded.set(publishable_key, promise);
  }
  return promise;
}

/** Whether this Stripe.js has the Payment Element (the real one) or only the card form (localstripe's stand-in). */
export const hasPaymentElement = (stripe: Stripe) => typeof (stripe as Partial<Stripe>).confirmPayment === 'function';

/** The Payment Element's look in the current theme. */
export function appearanceFor(colors: ThemeColors, dark: boolean) {
  return {
    theme: dark ? ('night' as const) : ('stripe' as const),
    variables: { colorPrimary: colors.primary, colorBackground: colors.surface, colorText: colors.foreground, colorDanger: colors.danger, borderRadius: '8px' },
  };
}

/** Stripe's answer as a sentence for people, or null when it went through. */
export function stripeErrorMessage(result: { error?: { message?: string } | null }): string | null {
  if (!result.error) return null;
  return result.error.message || 'The card was not accepted. Try another card.';
}

export type MountedForm = { elements: StripeElements; kind: 'payment' | 'card' };
