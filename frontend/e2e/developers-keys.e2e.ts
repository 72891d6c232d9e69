// Goal: the demo owner opens Settings → Developers → API keys, makes a key for Studio website that may read
// clients and write sessions and expires in 30 days, sees it once with the warning, finds it in the
// list by its prefix with its scopes and "Never used", uses it against /api/v2 (the list then says
// where from), sets the studio's rate limit, and revokes the key (the API then refuses it). An admin
// sees the limit but cannot change it. Screenshots on a 1440×900 desktop, dark and light, and a 390×844
// phone, with no sideways scrolling.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, screenshot, settle, signIn, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openKeys(page: Page) {
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Manage API keys' }).click();
  await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
}

test('the owner makes a key, sees it once, uses it, limits it and revokes it', async () => {
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await openKeys(page);

  await page.getByRole('button', { name: 'Make a key' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Make an API key' });
  await dialog.getByLabel('Name').fill('Studio website');
  await dialog.getByRole('button', { name: 'Make key' }).click();
  await dialog.getByText('Choose at least one scope.').first().waitFor();
  await dialog.getByRole('checkbox', { name: 'Clients: read' }).check();
  await dialog.getByRole('checkbox', { name: 'Sessions and series: write' }).check();
  await dialog.getByLabel('Expires').selectOption({ label: 'In 30 days' });
  await settle(page);
  await screenshot(page, 'developers-keys-create-desktop-dark');
  await dialog.getByRole('button', { name: 'Make key' }).click();

  const shown = page.getByRole('dialog', { name: 'Your new key “Studio website”' });
  await shown.getByText('Copy this key now: it is shown only once.').waitFor();
  const key = await shown.getByTestId('shown-once-key').inputValue();
  expect(key).toMatch(/^fcrm_[a-z0-9]{8}_/);
  await settle(page);
  await screenshot(page, 'developers-keys-shown-once-desktop-dark');
  await shown.getByRole('button', { name: 'Done' }).click();

  const list = page.getByRole('list', { name: 'API keys' });
  const row = list.getByRole('listitem').filter({ hasText: 'Studio website' });
  await row.getByText(`${key.slice(0, 13)}…`).waitFor();
  await row.getByText('Clients: read · Sessions and series: write').waitFor();
  await row.getByText('Never used').waitFor();
  await row.getByText(/ · expires on /).waitFor();
  expect(await page.content()).not.toContain(key);

  const call = await page.request.get('/api/v2/clients?limit=1', { headers: { Authorization: `Bearer ${key}` } });
  expect(call.status()).toBe(200);
  expect(Number(call.headers()['ratelimit-limit'])).toBeGreaterThan(0);
  await page.reload();
  await list.getByRole('listitem').filter({ hasText: 'Studio website' }).getByText(/^Last used on .* from /).waitFor();

  const limit = page.getByRole('form', { name: 'Rate limit' });
  await limit.getByLabel('Calls per minute per key').fill('0');
  await limit.getByRole('button', { name: 'Save limit' }).click();
  await limit.getByText(/greater than or equal to 1|between 1 and/i).waitFor();
  await limit.getByLabel('Calls per minute per key').fill('600');
  await limit.getByRole('button', { name: 'Save limit' }).click();
  await page.getByText('Each key may now make 600 calls a minute.').waitFor();
  await page.getByTestId('rate-limit-sentence').getByText(/Each key may make 600 calls a minute/).waitFor();
  await settle(page);
  await screenshot(page, 'developers-keys-desktop-dark');

  await list.getByRole('button', { name: 'Revoke Studio website' }).first().click();
  const confirm = page.getByRole('dialog', { name: 'Revoke “Studio website”?' });
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await page.getByText('“Studio website” no longer works.').waitFor();
  const refused = await page.request.get('/api/v2/clients', { headers: { Authorization: `Bearer ${key}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('api_key_revoked');

  await limit.getByLabel('Calls per minute per key').fill('');
  await limit.getByRole('button', { name: 'Save limit' }).click();
  await page.getByText("Keys now have the server's default limit.").waitFor();
  await context.close();
});

test('an admin reads the rate limit but cannot change it', async () => {
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'light' });
  const page = await context.newPage();
  await signIn(page, USERS.admin);
  await openKeys(page);
  await page.getByTestId('rate-limit-sentence').waitFor();
  expect(await page.getByLabel('Calls per minute per key').count()).toBe(0);
  await context.close();
});

test('the API keys screen in the other looks', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, look) => {
    await openKeys(page);
    await page.getByTestId('rate-limit-sentence').waitFor();
    await settle(page);
    expect(await horizontalOverflow(page), `API keys scrolls sideways on ${look.size}`).toBeLessThanOrEqual(0);
    await screenshot(page, `developers-keys-${look.size}-${look.theme}`);
  });
});
