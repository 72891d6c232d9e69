// Goal: a client turns on notifications for their phone from the portal's Account section, sees it stay on
// after a reload, and turns it off again; the owner sees the same card in Settings. Asking permission happens
// on the click only. Headless Chromium cannot reach a real push service, so the page's PushManager hands out
// a subscription at fcm.googleapis.com made here (the server's endpoint rules accept only real push
// services); everything from the toggle to the database is the product's own. Screenshots: phone and
// desktop, dark and light.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchBrowser, newContext, PHONE, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A PushManager whose subscriptions live in localStorage: subscribe, getSubscription and unsubscribe. */
async function withStandInPushService(context: BrowserContext, endpoint: string) {
  await context.grantPermissions(['notifications']);
  await context.addInitScript((fakeEndpoint: string) => {
    const KEY = 'e2e-push-subscription';
    const b64url = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const revive = (stored: { endpoint: string; p256dh: string; auth: string; serverKey: number[] }) => ({
      endpoint: stored.endpoint,
      options: { applicationServerKey: new Uint8Array(stored.serverKey).buffer, userVisibleOnly: true },
      toJSON: () => ({ endpoint: stored.endpoint, expirationTime: null, keys: { p256dh: stored.p256dh, auth: stored.auth } }),
      unsubscribe: async () => {
        localStorage.removeItem(KEY);
        return true;
      },
    });
    const stored = () => {
      const text = localStorage.getItem(KEY);
      return text ? revive(JSON.parse(text)) : null;
    };
    PushManager.prototype.getSubscription = async function () {
      return stored() as unknown as PushSubscription;
    };
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
      const subscription = {
        endpoint: fakeEndpoint,
        p256dh: b64url(await crypto.subtle.exportKey('raw', pair.publicKey)),
        auth: b64url(crypto.getRandomValues(new Uint8Array(16)).buffer),
        serverKey: Array.from(new Uint8Array(options?.applicationServerKey as ArrayBuffer)),
      };
      localStorage.setItem(KEY, JSON.stringify(subscription));
      return revive(subscription) as unknown as PushSubscription;
    };
  }, endpoint);
}

const card = (page: Page) => page.locator('section, div').filter({ has: page.getByRole('heading', { name: 'Notifications on this device' }) }).last();

async function openAccount(page: Page) {
  await page.goto('/portal');
  await settle(page);
  await page.getByText('Account: time zone, units, password, security and your data').click();
  await page.getByRole('heading', { name: 'Notifications on this device' }).waitFor();
}

test('a client turns notifications on for their phone, keeps them after a reload, and turns them off', async () => {
  for (const theme of ['dark', 'light'] as const) {
    const context = await newContext(browser, { viewport: PHONE, theme });
    const endpoint = `https://fcm.googleapis.com/fcm/send/e2e-${unique()}`;
    await withStandInPushService(context, endpoint);
    const page = await context.newPage();
    await signIn(page, USERS.client, /\/portal/);
    // The production build registers the service worker on load; the toggle needs it.
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration('/').then((registration) => Boolean(registration?.active)));
    await openAccount(page);

    await expect.poll(() => card(page).getByRole('status').textContent()).toMatch(/^Off: this device shows nothing/);
    const turnOn = card(page).getByRole('button', { name: 'Turn on for this device' });
    await turnOn.scrollIntoViewIfNeeded();
    await settle(page);
    expect(await horizontalOverflow(page), `the account section scrolls sideways (${theme})`).toBeLessThanOrEqual(0);
    await screenshot(page, `push-device-off-phone-${theme}`);

    const saved = page.waitForResponse((response) => response.url().endsWith('/api/push/subscriptions') && response.request().method() === 'POST');
    await turnOn.click();
    expect((await saved).status()).toBe(201);
    await expect.poll(() => card(page).getByRole('status').textContent()).toMatch(/^On: this device shows new messages/);
    await screenshot(page, `push-device-on-phone-${theme}`);

    await page.reload();
    await openAccount(page);
    await expect.poll(() => card(page).getByRole('status').textContent()).toMatch(/^On:/);

    const removed = page.waitForResponse((response) => response.url().endsWith('/api/push/subscriptions') && response.request().method() === 'DELETE');
    await card(page).getByRole('button', { name: 'Turn off on this device' }).click();
    expect((await removed).status()).toBe(204);
    await expect.poll(() => card(page).getByRole('status').textContent()).toMatch(/^Off:/);
    await context.close();
  }
});

test('the owner finds the same card in Settings', async () => {
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  await withStandInPushService(context, `https://fcm.googleapis.com/fcm/send/e2e-${unique()}`);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.goto('/settings');
  await page.getByRole('heading', { name: 'Notifications on this device' }).waitFor();
  await expect.poll(() => card(page).getByRole('status').textContent()).toMatch(/^(Off|Notifications need)/);
  await card(page).scrollIntoViewIfNeeded();
  await settle(page);
  await screenshot(page, 'push-device-settings-desktop-dark');
  await context.close();
});
