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

test('a nearly full studio: the kinds in use and the warning (usage answered by the test, as a busy studio would)', async () => {
  const busy = {
    used_bytes: 4_620_000_000,
    quota_bytes: 5_000_000_000,
    summary: '4.6 GB of 5 GB used',
    by_kind: [
      { kind: 'photo', label: 'Photos', files: 1_840, used_bytes: 3_310_000_000 },
      { kind: 'document', label: 'Documents', files: 212, used_bytes: 1_020_000_000 },
      { kind: 'check_in_photo', label: 'Check-in photos', files: 1, used_bytes: 290_000_000 },
      { kind: 'attachment', label: 'Attachments', files: 0, used_bytes: 0 },
    ],
  };
  await forEachLook(browser, USERS.owner, [{ size: 'desktop', theme: 'dark' }, ...OTHER_LOOKS], async (page, look) => {
    await page.route('**/api/organization/storage', (route) => route.fulfill({ json: busy }));
    const card = await storageCard(page);
    const kinds = card.getByRole('list', { name: 'Storage by kind of file' });
    expect(await kinds.getByRole('listitem').allTextContents()).toEqual(['Photos1,840 files, 3.3 GB', 'Documents212 files, 1 GB', 'Check-in photos1 file, 290 MB']);
    await card.getByText('The storage is nearly full: delete files you no longer need.').waitFor();
    await card.scrollIntoViewIfNeeded();
    await settle(page);
    await screenshot(page, `settings-storage-nearly-full-${look.size}-${look.theme}`);
  });
});
