import { afterEach, expect, test, vi } from 'vitest';
import { hasPaymentElement, stripeErrorMessage, stripeFor } from '@/features/billing/components/stripe-card';

afterEach(() => {
  delete (window as { Stripe?: unknown }).Stripe;
  vi.restoreAllMocks();
});

test("localstripe's stand-in, once on the page, is the Stripe object used; it has no Payment Element", async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const standIn = { elements: vi.fn(), confirmCardSetup: vi.fn(), confirmCardPayment: vi.fn() };
  const factory = vi.fn(() => standIn);
  (window as { Stripe?: unknown }).Stripe = factory;
  const stripe = await stripeFor({ publishable_key: 'pk_test_standin', stripe_js_url: 'http://127.0.0.1:8420/js.stripe.com/v3/' });
  expect(stripe).toBe(standIn);
  expect(factory).toHaveBeenCalledWith('pk_test_standin');
  expect(hasPaymentElement(stripe)).toBe(false);
  // One Stripe object per key.
  expect(await stripeFor({ publishable_key: 'pk_test_standin' })).toBe(standIn);
  expect(document.querySelector('script[src*="js.stripe.com"]')).toBeNull();
});

test("Stripe's refusals become sentences", () => {
  expect(stripeErrorMessage({ error: null })).toBeNull();
  expect(stripeErrorMessage({ error: { message: 'Your card was declined.' } })).toBe('Your card was declined.');
  expect(stripeErrorMessage({ error: {} })).toBe('The card was not accepted. Try another card.');
});
