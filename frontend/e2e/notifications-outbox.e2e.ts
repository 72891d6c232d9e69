// Goal: the demo owner opens the Outbox from Settings and reads each message in words; filters it to the
// messages given up, retries one (it leaves that list, with a toast), and turns an email notification off
// and back on. Screenshots on a 1440×900 desktop, dark and light, and a 390×844 phone, with no sideways
// scrolling. No job worker is needed: the journey never waits for a message to be delivered.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, screenshot, settle, signIn, USERS, type Look } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const messages = (page: Page) => page.getByRole('list', { name: 'Outgoing messages' }).getByTestId('outbox-message');

async function openOutbox(page: Page) {
  await page.goto('/settings');
  // Settings renders its cards as their queries answer; click the link once the page is still.
  await settle(page);
  await page.getByRole('link', { name: 'Open the outbox' }).click();
  await page.waitForURL(/\/settings\/outbox$/);
  await messages(page).first().waitFor();
}

async function noSidewaysScroll(page: Page, look: Look, screen: string) {
  await settle(page);
  expect(await horizontalOverflow(page), `${screen} scrolls sideways on ${look.size}`).toBeLessThanOrEqual(0);
}

test('the owner finds a message given up, retries it, and changes an email notification', async () => {
  const look: Look = { size: 'desktop', theme: 'dark' };
  const context = await newContext(browser, { viewport: DESKTOP, theme: look.theme });
  const page = await context.newPage();
  await signIn(page, USERS.owner);

  await page.goto('/settings');
  await expect.poll(() => page.getByTestId('outbox-trouble').textContent()).toMatch(/failing and will be tried again; \d+ (was|were) given up\.$/);
  await openOutbox(page);
  // Each row in words: what and to whom, how it stands, and its times in the owner's zone.
  const failing = messages(page).filter({ hasText: 'Password changed notice to Jordan Hayes' });
  await expect.poll(() => failing.textContent()).toMatch(/Failed 3 times: the mail server did not answer in time.*Queued .* · next try /);
  // Other journeys on this backend queue mail too: the newest sent message, whichever it is, reads as sent.
  await expect.poll(() => messages(page).filter({ hasText: / · sent / }).first().textContent()).toMatch(/Sent.*Queued .* · sent /);
  await noSidewaysScroll(page, look, 'the outbox');
  await screenshot(page, `outbox-${look.size}-${look.theme}`);

  await page.getByLabel('Status').selectOption('dead');
  await page.waitForURL(/status=dead/);
  await expect.poll(() => messages(page).allTextContents()).toEqual([expect.stringMatching(/Gave up once: the mail server refused the recipient's address/)]);
  const dead = messages(page).first();
  const summary = (await dead.locator('.font-semibold').first().textContent()) ?? '';
  expect(summary).toMatch(/^Welcome to /);
  await settle(page);
  await screenshot(page, `outbox-dead-${look.size}-${look.theme}`);

  await dead.getByRole('button', { name: `Retry: ${summary}` }).click();
  await page.getByText(`${summary} will be sent again.`).waitFor();
  await page.getByRole('heading', { name: 'No message was given up' }).waitFor();
  expect(await messages(page).count()).toBe(0);
  // Back among all messages it is waiting, being sent or sent (a worker may have delivered it): not given up.
  // It keeps its place by when it was first queued, which the demo's campaigns push pages back: ask the API.
  await page.getByLabel('Status').selectOption('');
  await messages(page).first().waitFor();
  const statusOf = async (): Promise<string | undefined> => {
    for (let number = 1; number <= 50; number += 1) {
      const body = (await (await page.request.get(`/api/outbox?per_page=100&page=${number}`)).json()) as {
        items: { summary: string; status_text: string }[];
        meta: { has_next: boolean };
      };
      const found = body.items.find((item) => item.summary === summary);
      if (found || !body.meta.has_next) return found?.status_text;
    }
    return undefined;
  };
  await expect.poll(statusOf).toMatch(/^(Waiting to be sent|Being sent|Sent)$/);

  // Notifications: turn reminders by email off, saved with a toast, and it stays off after a reload; then on again.
  await page.goto('/settings');
  const card = page.getByRole('form', { name: 'Notifications', exact: true });
  const reminders = card.getByLabel('Reminders before your sessions by email');
  await reminders.waitFor();
  expect(await reminders.isChecked()).toBe(true);
  await reminders.uncheck();
  await card.getByRole('button', { name: 'Save notifications' }).click();
  await page.getByText('Saved. Turned off: 1 of 8 by email.').waitFor();
  await page.reload();
  await reminders.waitFor();
  expect(await reminders.isChecked()).toBe(false);
  await card.scrollIntoViewIfNeeded();
  await settle(page);
  await screenshot(page, `settings-notifications-${look.size}-${look.theme}`);
  await reminders.check();
  await card.getByRole('button', { name: 'Save notifications' }).click();
  await page.getByText('Saved: you receive everything, every way shown.').waitFor();
  await context.close();
});

test('a trainer has notifications but no outbox', async () => {
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const page = await context.newPage();
  await signIn(page, USERS.trainer1);
  await page.goto('/settings');
  await page.getByRole('heading', { name: 'Notifications', exact: true }).waitFor();
  await settle(page);
  expect(await page.getByRole('link', { name: 'Open the outbox' }).count()).toBe(0);
  await page.goto('/settings/outbox');
  await page.waitForURL(/\/$/);
  await context.close();
});

test('the outbox and the notification settings in the other looks', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, look) => {
    await openOutbox(page);
    await noSidewaysScroll(page, look, 'the outbox');
    await screenshot(page, `outbox-${look.size}-${look.theme}`);
    await page.goto('/settings');
    const card = page.getByRole('form', { name: 'Notifications', exact: true });
    await card.getByLabel('Reminders before your sessions by email').waitFor();
    await card.scrollIntoViewIfNeeded();
    await noSidewaysScroll(page, look, 'settings');
    await screenshot(page, `settings-notifications-${look.size}-${look.theme}`);
  });
});
