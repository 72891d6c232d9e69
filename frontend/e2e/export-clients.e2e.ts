// Goal: export the filtered client list as CSV and as Excel, and just the selected rows.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newContext, signIn, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, menuName: string, format: 'CSV' | 'Excel' = 'CSV') {
  await page.getByRole('button', { name: menuName }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: new RegExp(format) }).click()]);
  const bytes = readFileSync((await file.path())!);
  const text = bytes.toString('utf8');
  return { name: file.suggestedFilename(), bytes, lines: text.replace(/^\uFEFF/, '').trim().split(/\r?\n/) };
}

test('Export CSV downloads the clients matching the filters', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.goto('/clients?status=active');
  const showing = await page.getByTestId('showing').textContent();
  const total = Number(/of (\d+)/.exec(showing ?? '')?.[1]);

  const { name, lines } = await download(page, 'Export ▾');
  expect(name).toMatch(/^clients.*\.csv$/);
  expect(lines[0].toLowerCase()).toContain('email');
  expect(lines.length - 1).toBe(total);
  await page.getByText(`Downloaded ${name}.`).waitFor();

  // The same list for Excel: a workbook (a zip), named for it.
  const workbook = await download(page, 'Export ▾', 'Excel');
  expect(workbook.name).toMatch(/^clients.*\.xlsx$/);
  expect(workbook.bytes.subarray(0, 2).toString()).toBe('PK');

  // Export selected: exactly the ticked rows.
  const table = page.getByRole('table', { name: 'Clients' });
  const names = await table.getByRole('link').evaluateAll((links) => links.slice(0, 2).map((link) => link.textContent ?? ''));
  for (const client of names) await table.getByRole('checkbox', { name: `Select ${client}` }).check();
  const selected = await download(page, 'Export selected ▾');
  expect(selected.lines.length - 1).toBe(2);
  for (const client of names) {
    const [first, ...rest] = client.split(' ');
    expect(selected.lines.some((line) => line.includes(first) && line.includes(rest.join(' ')))).toBe(true);
  }
  await context.close();
});
