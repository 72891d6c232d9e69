// Goal: the staff app can be driven from the keyboard: `/` search, `g` navigation, `?` help.
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

test('shortcuts navigate, focus search and list themselves', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();

  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await page.waitForURL(/\/clients$/);
  await page.getByLabel('Search clients').waitFor();
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('list-search');
  // Typing in the search box must not trigger shortcuts.
  await page.keyboard.type('gt');
  expect(new URL(page.url()).pathname).toBe('/clients');
  await page.keyboard.press('Escape');

  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await page.waitForURL(/\/trainers$/);
  await page.keyboard.press('g');
  await page.keyboard.press('d');
  await page.waitForURL((url) => url.pathname === '/');

  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await context.close();
});
