// Goal: a new studio sees its first-run checklist and empty states, imports its clients from another
// app's CSV (mapping suggested, a bad row explained by number and skipped), and the checklist ticks itself.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newContext, PASSWORD, screenshot, settle, unique } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The shape of a coaching app's export, saved by Excel in Europe: semicolons, Windows-1252, day-first dates.
const EXPORT = [
  'First Name;Last Name;Email Address;Mobile;Birthday;Tags;Status',
  'Zoë;Müller;zoe.{id}@example.com;020 7946 0958;03/04/1990;vip, morning;Current',
  "Ben;O'Brien;ben.{id}@example.com;+1 415 555 2671;31/12/1985;;Prospect",
  'Chloé;Durand;not-an-email;07700 900123;;;',
  'Dev;Patel;dev.{id}@example.com;;;evening;On hold',
].join('\r\n');

test('a new studio imports its clients from a CSV and the checklist follows', async () => {
  const id = unique();
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/sign-up');
  await page.getByLabel('Studio name').fill(`Import Studio ${id}`);
  await page.getByLabel('First name').fill('Imogen');
  await page.getByLabel('Last name').fill('Porter');
  await page.getByLabel('Email').fill(`owner.${id}@example.com`);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel('Country').selectOption('GB');
  await page.getByRole('button', { name: 'Create studio' }).click();
  await page.waitForURL(/\/$/);

  const checklist = page.getByRole('region', { name: 'Get your studio ready' });
  await checklist.getByText('0 of 4 done. This goes away once all are.').waitFor();
  await page.getByRole('heading', { name: 'No clients to chart yet' }).waitFor();
  await settle(page);
  await screenshot(page, 'first-run-dashboard-desktop');

  await checklist.getByRole('link', { name: 'Import from CSV' }).click();
  await page.waitForURL(/\/clients\/import$/);
  await page.getByLabel('CSV file (up to 5 MB)').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(EXPORT.replaceAll('{id}', id), 'latin1') });

  // Every column was recognised from its name.
  await page.getByRole('group', { name: 'Match the columns' }).waitFor();
  expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('2');
  expect(await page.getByLabel('Phone', { exact: true }).inputValue()).toBe('3');
  expect(await page.getByLabel('Date of birth').inputValue()).toBe('4');
  await screenshot(page, 'import-mapping-desktop');
  await page.getByRole('button', { name: 'Check 4 rows' }).click();

  const problems = page.getByRole('list', { name: 'Rows with problems' });
  await problems.getByText('Row 4').waitFor();
  expect(await problems.textContent()).toContain('Email: Not a valid email address.');
  const importButton = page.getByRole('button', { name: 'Import 3 clients' });
  expect(await importButton.isDisabled()).toBe(true);
  await screenshot(page, 'import-review-desktop');
  await page.getByLabel(/Skip the 1 row with problems/).check();
  await importButton.click();
  await page.getByRole('heading', { name: 'Import finished' }).waitFor();

  await page.getByRole('link', { name: 'See your clients' }).click();
  const table = page.getByRole('table', { name: 'Clients' });
  await table.getByRole('link', { name: 'Zoë Müller' }).waitFor();
  // A studio in the United Kingdom reads its own numbers nationally and others internationally.
  expect(await table.textContent()).toContain('020 7946 0958');
  expect(await table.textContent()).toContain('+1 415 555 2671');
  expect(await page.getByTestId('showing').textContent()).toContain('of 3');

  await page.goto('/');
  await checklist.getByText('1 of 4 done. This goes away once all are.').waitFor();
  expect(await checklist.locator('[data-step="add_clients"]').getAttribute('data-done')).toBe('true');
  await checklist.getByRole('button', { name: 'Hide checklist' }).click();
  await checklist.waitFor({ state: 'detached' });
  await context.close();
});
