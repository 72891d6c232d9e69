// Goal: a client on their phone ticks off today's habits and sees the streak grow; the coach sees the grid.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PHONE, screenshot, settle, signIn, type Look, USERS } from './support/browser';

let browser: Browser;

/** `forEachLook` for the client, who lands on the portal after signing in. */
async function forEachClientLook(looks: readonly Look[], visit: (page: import('playwright-core').Page, look: Look) => Promise<void>) {
  for (const look of looks) {
    const context = await newContext(browser, { viewport: look.size === 'phone' ? PHONE : DESKTOP, theme: look.theme });
    const page = await context.newPage();
    await signIn(page, USERS.client, /\/portal$/);
    await visit(page, look);
    await context.close();
  }
}
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the client ticks off today on a phone and the streak grows', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  await page.goto('/portal/habits');
  const today = page.getByRole('list', { name: "Today's habits" });
  await today.waitFor();
  await settle(page);
  await screenshot(page, 'progress-habits-phone-dark-before');

  // The demo client kept every habit up for the last six days and has not ticked today yet.
  const yesNo = today.locator('[data-testid="habit-today"]', { hasText: 'No snacks after dinner' });
  const counted = today.locator('[data-testid="habit-today"]', { hasText: 'Walk 8,000 steps' });
  const before = Number((await counted.getByTestId('habit-streak').innerText()).match(/\d+/)?.[0] ?? 0);
  expect(before).toBeGreaterThanOrEqual(6);

  await yesNo.getByRole('button', { name: 'Mark done for today' }).click();
  await yesNo.getByRole('button', { name: /Done today/ }).waitFor();

  await counted.getByLabel(/steps today/).fill('9500');
  await counted.getByRole('button', { name: 'Save' }).click();
  await counted.getByText('Done', { exact: true }).waitFor();
  await expect.poll(async () => counted.getByTestId('habit-streak').innerText()).toBe(`${before + 1}-day streak`);

  // Today's square in the 4-week grid turns done.
  const grid = page.getByRole('region', { name: 'Walk 8,000 steps: last 4 weeks' });
  await expect.poll(async () => grid.locator('li').last().getAttribute('aria-label')).toMatch(/: Done \(9,500\)$/);
  await settle(page);
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'progress-habits-phone-dark');
  await context.close();
});

test('the habits screen reads well in every look', async () => {
  await forEachClientLook(OTHER_LOOKS, async (page, look) => {
    await page.goto('/portal/habits');
    await page.getByRole('list', { name: "Today's habits" }).waitFor();
    await settle(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `progress-habits-${look.size}-${look.theme}`);
  });
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'light' });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  await page.goto('/portal/habits');
  await page.getByTestId('habit-grid').waitFor();
  await settle(page);
  await screenshot(page, 'progress-habits-desktop-light-grid');
  await context.close();
});
