// Goal: export the filtered client list, and just the selected rows, as the server's CSV file.
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

async function download(page: Page, buttonName: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const text = readFileSync((await file.path())!, 'utf8');
  return { name: file.suggestedFilename(), lines: text.replace(/^\uFEFF/, '').trim().split(/\r?\n/) };
}

test('Export CSV downloads the clients matching the filters', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.goto('/clients?status=active');
  const showing = await page.getByTestId('showing').textContent();
  const total = Number(/of (\d+)/.exec(showing ?? '')?.[1]);

  const { name, lines } = await download(page, 'Export CSV');
  expect(name).toMatch(/^clients.*\.csv$/);
  expect(lines[0].toLowerCase()).toContain('email');
  expect(lines.length - 1).toBe(total);
  await page.getByText(`Downloaded ${name}.`).waitFor();

  // Export selected: exactly the ticked rows.
  const table = page.getByRole('table', { name: 'Clients' });
  const names = await table.getByRole('link').evaluateAll((links) => links.slice(0, 2).map((link) => link.textContent ?? ''));
  for (const client of names) await table.getByRole('checkbox', { name: `Select ${client}` }).check();
  const selected = await download(page, 'Export selected');
  expect(selected.lines.length - 1).toBe(2);
  for (const client of names) {
    const [first, ...rest] = client.split(' ');
    expect(selected.lines.some((line) => line.includes(first) && line.includes(rest.join(' ')))).toBe(true);
  }
  await context.close();
});
