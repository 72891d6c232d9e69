// Goal (issue 12): an owner adds a 10-session pack to the catalogue, sells it to a client, books
// them a session, marks it attended and sees 9 credits left; the demo client pays an open invoice
// in the portal with a card, through Stripe's stand-in served by localstripe.
//
// e2e/global-setup.ts starts a localstripe server per backend (STRIPE_API_BASE, STRIPE_JS_URL) and
// hands its address to the journeys (`stripeURL`), so that this file points its webhooks at the backend.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { zonedDay } from '@/features/scheduling/components/availability/zoned-time';
import { baseURL, stripeURL, DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PASSWORD, PHONE, screenshot, settle, signIn, unique, USERS } from './support/browser';

const STRIPE_WEBHOOK_SECRET = 'whsec_e2e_billing';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The owner's API session (a bearer token: no cookies or CSRF needed), for what the journey does not show. */
async function ownerApi() {
  const login = await fetch(`${baseURL()}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: USERS.owner, password: PASSWORD }),
  });
  const { access_token: token } = await login.json();
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseURL()}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  };
  return { get: (path: string) => call('GET', path), post: (path: string, body: unknown) => call('POST', path, body) };
}

/** Adds a session pack through the catalogue screen and answers its id. */
async function addPack(page: Page, name: string): Promise<number> {
  await page.goto('/billing/catalogue');
  await page.getByRole('button', { name: 'Add a product' }).click();
  const form = page.getByRole('form', { name: 'New product' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel(/^Price/).fill('120');
  await form.getByLabel('Sessions').fill('10');
  await form.getByLabel('Valid for (days)').fill('90');
  await form.getByRole('button', { name: 'Save product' }).click();
  await page.getByText(`${name} saved.`).waitFor();
  const products = page.getByTestId('catalogue-products');
  await products.getByText(name).waitFor();
  expect(await products.textContent()).toContain('10 sessions, valid 90 days');
  const api = await ownerApi();
  const found = ((await api.get('/api/billing/products?per_page=100')).items as { id: number; name: string }[]).find((product) => product.name === name);
  return found!.id;
}

type OwnerApi = Awaited<ReturnType<typeof ownerApi>>;

/** Books `clientId` a 45-minute session that started minutes ago with the first trainer free then. */
async function bookJustStarted(api: OwnerApi, trainers: { id: number }[], clientId: number, title: string) {
  for (const minutesAgo of [10, 25, 40, 55]) {
    const startsAt = new Date(Date.now() - minutesAgo * 60_000);
    for (const trainer of trainers) {
      try {
        return await api.post('/api/sessions', {
          trainer_id: trainer.id,
          client_ids: [clientId],
          starts_at: startsAt.toISOString(),
          ends_at: new Date(startsAt.getTime() + 45 * 60_000).toISOString(),
          kind: 'personal',
          title,
          override: true,
        });
      } catch (error) {
        if (!String(error).includes(' 409 ')) throw error;
      }
    }
  }
  throw new Error('No demo trainer is free for a session that started in the last hour.');
}

test('an owner sells a 10-session pack, books and marks a session attended, and sees 9 credits left', async () => {
  const api = await ownerApi();
  const { timezone } = await api.get('/api/organization');
  const suffix = unique();
  const client = await api.post('/api/clients', { first_name: 'Pack', last_name: `Buyer ${suffix}`, email: `pack-${suffix}@example.com` });
  const trainers = (await api.get('/api/trainers?per_page=50')).items as { id: number }[];

  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  const packName = `E2E 10-pack ${suffix}`;
  const productId = await addPack(page, packName);

  // Sell it from the client's page, paid in cash.
  await page.goto(`/clients/${client.id}`);
  const billing = page.getByTestId('client-billing');
  await billing.getByRole('button', { name: 'Sell' }).click();
  const sale = page.getByRole('form', { name: 'Sell a product' });
  await sale.getByLabel('Product').selectOption(String(productId));
  await sale.getByText(/gets 10 credits now, usable for 90 days/).waitFor();
  await sale.getByLabel(/Paid now/).check();
  await sale.getByRole('button', { name: 'Sell' }).click();
  await page.getByText(new RegExp(`${packName} sold to Pack Buyer`)).waitFor();
  await billing.getByTestId('credits-left').filter({ hasText: '10 credits left' }).waitFor();

  // A session that started a few minutes ago, so that attendance can be marked now, with whichever demo
  // trainer is free then (the demo calendar is busy).
  const session = await bookJustStarted(api, trainers, client.id, `Pack session ${suffix}`);
  const startsAt = new Date(session.starts_at);
  await page.goto(`/calendar?view=day&date=${zonedDay(startsAt.toISOString(), timezone)}&session=${session.id}`);
  const panel = page.getByTestId('session-panel');
  await panel.getByRole('group', { name: 'Attendance' }).getByRole('button', { name: 'Completed' }).click();
  await page.getByText(/Completed|marked/i).first().waitFor();

  await page.goto(`/clients/${client.id}`);
  const credits = page.getByTestId('client-billing').getByTestId('credits');
  await credits.getByTestId('credits-left').filter({ hasText: '9 credits left' }).waitFor();
  expect(await credits.textContent()).toContain('9 of 10 left');
  // The ledger says what happened, in words.
  await credits.getByText('Every change to these credits').click();
  const ledger = credits.getByRole('list', { name: 'Credit ledger' });
  await ledger.getByRole('listitem').nth(1).waitFor();
  expect(await ledger.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T|reserve|grant_id/);

  // The invoice of the sale is paid.
  await page.getByTestId('client-billing').getByRole('tab', { name: 'Invoices' }).click();
  await page.getByTestId('client-billing').getByRole('list', { name: 'Invoices' }).getByText('Paid').waitFor();
  await settle(page);
  await screenshot(page, 'billing-client-desktop-dark');
  await context.close();
});

test('the demo client pays an open invoice in the portal with a card (localstripe)', async () => {
  const localstripe = stripeURL();
  const api = await ownerApi();
  const organization = await api.get('/api/organization');

  // The studio's Stripe account is localstripe, which takes any key; its webhooks go to this backend.
  const owner = await newContext(browser);
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, USERS.owner);
  await ownerPage.goto('/billing/catalogue');
  const stripe = ownerPage.getByRole('form', { name: 'Stripe' });
  await stripe.getByLabel('Publishable key').fill('pk_test_e2e_billing');
  await stripe.getByLabel('Secret key').fill('sk_test_e2e_billing');
  await stripe.getByLabel('Webhook signing secret').fill(STRIPE_WEBHOOK_SECRET);
  await stripe.getByRole('button', { name: 'Save Stripe keys' }).click();
  await ownerPage.getByText('Stripe keys saved.').waitFor();
  await stripe.getByText('Connected').waitFor();
  const hook = await fetch(`${localstripe}/_config/webhooks/e2e-${organization.id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: `${baseURL()}/api/billing/stripe/webhooks/${organization.id}`, secret: STRIPE_WEBHOOK_SECRET }),
  });
  expect(hook.ok).toBe(true);
  const productId = await addPack(ownerPage, `E2E portal pack ${unique()}`);
  await owner.close();

  // An open invoice for the demo client.
  const [demoClient] = (await api.get(`/api/clients?q=${encodeURIComponent(USERS.client)}`)).items as { id: number }[];
  const sale = await api.post(`/api/clients/${demoClient.id}/sales`, { product_id: productId });
  const number: string = sale.invoice.number;

  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  await page.goto('/portal/billing');
  const toPay = page.getByRole('list', { name: 'Invoices to pay' });
  const row = toPay.getByTestId('invoice-row').filter({ hasText: number });
  await row.waitFor();
  await settle(page);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'billing-portal-phone-dark');

  await row.getByRole('button', { name: /^Pay / }).click();
  const dialog = page.getByRole('dialog', { name: /^Pay / });
  await dialog.getByRole('button', { name: 'Pay with a new card' }).click();
  // localstripe's stand-in draws plain inputs named by their placeholders.
  const card = dialog.getByTestId('card-form');
  await card.getByPlaceholder('number').fill('4242424242424242');
  await card.getByPlaceholder('exp_month').fill('12');
  await card.getByPlaceholder('exp_year').fill('34');
  await card.getByPlaceholder('cvc').fill('123');
  await card.getByPlaceholder('postal_code').fill('10001');
  await dialog.getByRole('button', { name: /^Pay / }).click();
  await page.getByText(/^Thank you: .* paid\.$/).waitFor({ timeout: 30_000 });

  // Stripe tells the studio by webhook (handled in a job); the invoice then leaves "to pay".
  await row.waitFor({ state: 'detached', timeout: 60_000 });
  await page.getByRole('list', { name: 'Past invoices' }).getByTestId('invoice-row').filter({ hasText: number }).getByText('Paid').waitFor({ timeout: 30_000 });
  await context.close();

  // The studio sees the card payment on the client's page.
  const check = await newContext(browser);
  const staff = await check.newPage();
  await signIn(staff, USERS.owner);
  await staff.goto(`/clients/${demoClient.id}`);
  await staff.getByTestId('client-billing').getByRole('tab', { name: 'Payments' }).click();
  await staff.getByTestId('payment-row').filter({ hasText: 'by card online' }).first().waitFor();
  await check.close();
});

test('screenshots: billing screens at phone and desktop, dark and light, without sideways scrolling', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, { size, theme }) => {
    for (const [name, path] of [
      ['billing-revenue', '/billing'],
      ['billing-invoices', '/billing/invoices?status=overdue'],
      ['billing-catalogue', '/billing/catalogue'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('navigation', { name: 'Billing' }).waitFor();
      await settle(page);
      expect(await horizontalOverflow(page), `${name} at ${size} in ${theme}`).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-${size}-${theme}`);
    }
  });
  for (const { size, theme } of OTHER_LOOKS) {
    const context = await newContext(browser, { viewport: size === 'phone' ? PHONE : DESKTOP, theme });
    const page = await context.newPage();
    await signIn(page, USERS.client, /\/portal$/);
    await page.goto('/portal/billing');
    await page.getByTestId('balance').waitFor();
    await settle(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `billing-portal-${size}-${theme}`);
    await context.close();
  }
});
