// Goal: select two clients and archive them together; they leave the list and show as archived; restore them together.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newContext, signIn, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('bulk-archive two clients, then bulk-restore them', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.admin);
  await page.goto('/clients?sort=-created_at&status=lead');
  const table = page.getByRole('table', { name: 'Clients' });
  await table.waitFor();
  const before = Number(/of (\d+)/.exec((await page.getByTestId('showing').textContent()) ?? '')?.[1]);
  const names = await table.getByRole('link').evaluateAll((links) => links.slice(0, 2).map((link) => link.textContent ?? ''));
  expect(names).toHaveLength(2);

  for (const name of names) await table.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByText('2 selected').waitFor();
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
  await page.getByText('Archived 2 clients.').waitFor();
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="showing"]')?.textContent?.endsWith(`of ${expected}`),
    before - 2,
  );
  for (const name of names) expect(await table.getByRole('link', { name, exact: true }).count()).toBe(0);

  await page.getByLabel('Status').selectOption('archived');
  for (const name of names) await table.getByRole('link', { name, exact: true }).waitFor();

  // Archived by mistake: restore both at once from the archived list.
  for (const name of names) await table.getByRole('checkbox', { name: `Select ${name}` }).check();
  const bulk = page.getByRole('region', { name: 'Bulk actions' });
  expect(await bulk.getByRole('button', { name: 'Archive', exact: true }).count()).toBe(0);
  await bulk.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.getByText('Restored 2 clients to their former status.').waitFor();
  for (const name of names) await table.getByRole('link', { name, exact: true }).waitFor({ state: 'detached' });
  await page.getByLabel('Status').selectOption('lead');
  for (const name of names) await table.getByRole('link', { name, exact: true }).waitFor();
  await context.close();
});
