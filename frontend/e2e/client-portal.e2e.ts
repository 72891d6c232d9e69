// Goal: a client signs in to their own portal: their profile and trainer, no staff screens.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newContext, PHONE, signIn, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a client sees only the portal', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  await page.getByRole('heading', { name: /^Hi, / }).waitFor();
  await page.getByRole('heading', { name: 'Trainers' }).waitFor();
  expect(await page.getByRole('list', { name: 'Current trainers' }).locator('li').count()).toBeGreaterThan(0);
  expect(await page.getByRole('button', { name: /Unassign/ }).count()).toBe(0);
  expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);

  for (const path of ['/', '/clients', '/trainers', '/activity']) {
    await page.goto(path);
    await page.waitForURL(/\/portal$/);
  }
  await context.close();
});
