// Goal: an owner downloads a client's data and erases them with a typed confirmation; sets how long
// archived clients are kept; a client downloads their own data from the portal.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newContext, PHONE, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function downloadZip(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const bytes = readFileSync((await file.path())!);
  return { name: file.suggestedFilename(), bytes };
}

test('an owner exports a client’s data, then erases them after typing their name', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const lastName = `Erasable${unique()}`;
  await signIn(page, USERS.owner);
  await page.goto('/clients/new');
  await page.getByLabel('First name').fill('Rowan');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Email', { exact: true }).fill(`rowan.${lastName.toLowerCase()}@example.com`);
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.getByRole('heading', { name: `Rowan ${lastName}` }).waitFor();

  const zip = await downloadZip(page, 'Export data');
  expect(zip.name).toMatch(new RegExp(`^Rowan ${lastName} - data \\d{4}-\\d{2}-\\d{2}\\.zip$`));
  expect(zip.bytes.subarray(0, 2).toString()).toBe('PK');
  expect(zip.bytes.includes(Buffer.from('data.json'))).toBe(true);
  await page.getByText(`Downloaded ${zip.name}.`).waitFor();

  // Erasing waits for the name to be typed; a near miss keeps the button disabled.
  await page.getByRole('button', { name: 'Erase…' }).click();
  const dialog = page.getByRole('dialog', { name: `Erase Rowan ${lastName}?` });
  const erase = dialog.getByRole('button', { name: 'Erase for good' });
  await dialog.getByLabel(`Type “Rowan ${lastName}” to confirm`).fill('Rowan');
  expect(await erase.isDisabled()).toBe(true);
  await dialog.getByLabel(`Type “Rowan ${lastName}” to confirm`).fill(`rowan ${lastName.toLowerCase()}`);
  expect(await erase.isDisabled()).toBe(false);
  await settle(page);
  await screenshot(page, 'privacy-erase-dialog');
  await erase.click();
  await page.getByText(`Rowan ${lastName} is erased.`).waitFor();
  await page.getByRole('heading', { name: /^Erased client #\d+$/ }).waitFor();
  expect(await page.getByRole('button', { name: 'Erase…' }).count()).toBe(0);
  await settle(page); // the toast, which named them, has gone
  expect(await page.getByText(lastName).count()).toBe(0);

  // The activity log says who erased which client, and nothing about who they were.
  await page.goto('/activity');
  await page.getByText(/Erased client #\d+/).first().waitFor();
  expect(await page.getByText(lastName).count()).toBe(0);
  await context.close();
});

test('an owner sets how long archived clients are kept, in both themes', async () => {
  for (const theme of ['dark', 'light'] as const) {
    const context = await newContext(browser, { theme });
    const page = await context.newPage();
    await signIn(page, USERS.owner);
    await page.goto('/settings');
    const card = page.locator('form', { has: page.getByRole('heading', { name: 'Keeping archived clients' }) });
    await card.getByText('Archived clients are kept until someone erases them.').waitFor();
    await card.getByLabel('Erase archived clients automatically').check();
    await card.getByLabel('Months after archiving').fill('0');
    await card.getByRole('button', { name: 'Save retention' }).click();
    await card.getByText('Enter a whole number of months from 1 to 120.').waitFor();
    await card.getByLabel('Months after archiving').fill('24');
    await card.getByRole('button', { name: 'Save retention' }).click();
    await card.getByText(/erased 2 years after they were archived/).waitFor();
    await settle(page);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `privacy-retention-${theme}`);
    // Off again: the demo keeps its archived clients.
    await card.getByLabel('Erase archived clients automatically').uncheck();
    await card.getByRole('button', { name: 'Save retention' }).click();
    await card.getByText('Archived clients are kept until someone erases them.').waitFor();
    await context.close();
  }
});

test('a client downloads their own data from the portal, on a phone', async () => {
  const context = await newContext(browser, { viewport: PHONE, theme: 'light' });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  await page.getByText('Account: time zone, units, password, security and your data').click();
  await page.getByRole('heading', { name: 'Your data' }).scrollIntoViewIfNeeded();
  const zip = await downloadZip(page, 'Download my data');
  expect(zip.name).toMatch(/ - data \d{4}-\d{2}-\d{2}\.zip$/);
  expect(zip.bytes.subarray(0, 2).toString()).toBe('PK');
  await settle(page);
  await screenshot(page, 'privacy-portal-my-data');
  await context.close();
});
