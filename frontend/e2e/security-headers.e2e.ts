// Goal (issue 8): the app's pages run under a strict Content-Security-Policy without breaking: the
// SPA's screens (charts, the calendar, forms) and the API reference report no violation, load
// nothing from elsewhere, and come with the security headers.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseURL, launchBrowser, newContext, settle, signIn, USERS, watchCspViolations } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every request the page makes that leaves this app's origin. */
function outsideRequests(page: Page): string[] {
  const outside: string[] = [];
  const origin = new URL(baseURL()).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  return outside;
}

test.each(['dark', 'light'] as const)('the SPA’s main screens run under the CSP without a violation (%s)', async (theme) => {
  const context = await newContext(browser, { theme });
  const page = await context.newPage();
  const violations = await watchCspViolations(page);
  const outside = outsideRequests(page);

  const signInPage = await page.goto('/sign-in');
  const headers = signInPage!.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'( http:\/\/127\.0\.0\.1:\d+| https:\/\/js\.stripe\.com)?(;|$)/);
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  // The theme bootstrap is inline: it ran, so the hash in the policy matches the built page.
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');

  await signIn(page, USERS.owner);
  await page.getByRole('heading', { name: 'Clients by status' }).waitFor();
  await page.locator('canvas').first().waitFor();
  await settle(page);
  for (const path of ['/clients', '/trainers', '/activity', '/settings']) {
    await page.goto(path);
    await settle(page);
  }
  await page.goto('/calendar');
  await page.locator('.fc').first().waitFor();
  await page.waitForLoadState('networkidle');
  // FullCalendar's injected rules applied: its grid has borders from its own stylesheet.
  const border = await page.locator('.fc-scrollgrid').first().evaluate((element) => getComputedStyle(element).borderCollapse);
  expect(border).toBe('separate');

  expect(violations).toEqual([]);
  expect(outside).toEqual([]);
  await context.close();
});

test('the API reference is served by the app and runs under the CSP', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const violations = await watchCspViolations(page);
  const outside = outsideRequests(page);
  const response = await page.goto('/api/docs');
  expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await page.getByRole('heading', { name: /FitnessCRM API/ }).waitFor();
  await page.getByText('/api/auth/login').first().waitFor();
  expect(violations).toEqual([]);
  expect(outside).toEqual([]);
  await context.close();
});
