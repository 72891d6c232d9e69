// Goal: an owner sees in Settings how much of the studio's storage its uploads use, in words
// ("… of 5 GB used") with a meter; an admin sees the same; a trainer does not see the card.
// Screenshots on a 390×844 phone and a 1440×900 desktop, dark and light.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, screenshot, settle, signIn, USERS, type Look } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function storageCard(page: Page) {
  await page.goto('/settings');
  const card = page.locator('section, div').filter({ has: page.getByRole('heading', { name: 'Storage', exact: true }) }).last();
  await card.getByTestId('storage-summary').waitFor();
  return card;
}

async function show(page: Page, look: Look) {
  const card = await storageCard(page);
  await card.scrollIntoViewIfNeeded();
  await settle(page);
  expect(await horizontalOverflow(page), `settings scrolls sideways on ${look.size}`).toBeLessThanOrEqual(0);
  await screenshot(page, `settings-storage-${look.size}-${look.theme}`);
}

test('the owner reads the studio storage use in words, with a meter', async () => {
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  const card = await storageCard(page);

  await expect.poll(() => card.getByTestId('storage-summary').textContent()).toMatch(/^[\d.,]+ (bytes|KB|MB|GB) of 5 GB used$/);
  const meter = card.getByRole('meter', { name: 'Storage used' });
  expect(await meter.getAttribute('aria-valuetext')).toMatch(/of 5 GB used \(\d+%\)$/);
  await show(page, { size: 'desktop', theme: 'dark' });
  await context.close();
});

test('an admin sees the storage card; a trainer does not', async () => {
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const page = await context.newPage();
  await signIn(page, USERS.admin);
  await storageCard(page);
  await context.close();

  const trainerContext = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const trainerPage = await trainerContext.newPage();
  await signIn(trainerPage, USERS.trainer1);
  await trainerPage.goto('/settings');
  await trainerPage.getByRole('heading', { name: 'Settings' }).waitFor();
  await settle(trainerPage);
  expect(await trainerPage.getByRole('heading', { name: 'Storage', exact: true }).count()).toBe(0);
  await trainerContext.close();
});

test('the storage card in the other looks', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, show);
});
