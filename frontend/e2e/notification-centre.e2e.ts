// Goal: a client's bell counts a new chat message the moment their trainer sends it (no reload), the
// panel lists it with its unread dot, opening it goes to the conversation and marks it read, and "Mark
// all read" empties the count. The client on a 390×844 phone, the trainer through the API. Screenshots
// of the panel in both themes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchBrowser, newContext, PHONE, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The unread count the bell announces (0 when it shows none). */
async function bellCount(page: Page): Promise<number> {
  const label = (await page.getByRole('button', { name: /^Notifications/ }).getAttribute('aria-label')) ?? '';
  return Number(/(\d+) unread/.exec(label)?.[1] ?? 0);
}

test('a new message rings the bell live; the panel opens it and marks it read', async () => {
  const coachContext = await newContext(browser, { viewport: DESKTOP });
  const coach = await coachContext.newPage();
  await signIn(coach, USERS.trainer1);
  const clients = await (await coach.request.get(`/api/clients?q=${encodeURIComponent(USERS.client)}`)).json();
  const threads = await (await coach.request.get(`/api/threads?client_id=${clients.items[0].id}`)).json();
  const threadId: number = threads.items[0].id;
  const csrf = (await coachContext.cookies()).find((cookie) => cookie.name === 'csrf_access_token')?.value ?? '';

  const context = await newContext(browser, { viewport: PHONE, theme: 'dark' });
  const phone = await context.newPage();
  await signIn(phone, USERS.client, /\/portal$/);
  // The bell shows what the server counts (earlier journeys may have left the client some unread).
  const before: number = (await (await phone.request.get('/api/notifications/unread-count')).json()).count;
  await expect.poll(() => bellCount(phone)).toBe(before);

  const words = `Remember your food log tomorrow ${unique()}`;
  const posted = await coach.request.post(`/api/threads/${threadId}/messages`, { data: { body: words }, headers: { 'X-CSRF-TOKEN': csrf } });
  expect(posted.status()).toBe(201);
  await expect.poll(() => bellCount(phone), { timeout: 10_000 }).toBe(before + 1);

  await phone.getByRole('button', { name: /^Notifications/ }).click();
  const panel = phone.getByRole('dialog', { name: 'Notifications' });
  const item = panel.getByTestId('notification').filter({ hasText: words });
  await item.waitFor();
  expect(await item.textContent()).toContain('(unread)');
  await settle(phone);
  expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  await screenshot(phone, 'notification-centre-phone-dark');
  await phone.emulateMedia({ colorScheme: 'light' });
  await screenshot(phone, 'notification-centre-phone-light');

  // Opening it goes to the conversation and counts one fewer.
  await item.click();
  await phone.waitForURL(new RegExp(`/portal/messages/${threadId}$`));
  await phone.getByRole('list', { name: 'Messages' }).getByText(words).waitFor();
  await expect.poll(() => bellCount(phone)).toBe(before);

  // Mark all read empties the bell; the dots go.
  await phone.getByRole('button', { name: /^Notifications/ }).click();
  const markAll = panel.getByRole('button', { name: 'Mark all read' });
  if (await markAll.isEnabled()) await markAll.click();
  await expect.poll(() => bellCount(phone)).toBe(0);
  await panel.getByText('All read', { exact: true }).waitFor();
  expect(await panel.getByText('(unread)').count()).toBe(0);
  await phone.emulateMedia({ colorScheme: 'dark' });
  await settle(phone);
  await screenshot(phone, 'notification-centre-read-phone-dark');

  await context.close();
  await coachContext.close();
});
