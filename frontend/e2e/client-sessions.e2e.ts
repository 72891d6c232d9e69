// Goal (issue 8, items 19 and 23): on a client's page staff see their upcoming sessions and their
// past ones with attendance; a session opens in the calendar, where attendance waits for the start
// and the client's name leads back; "Book session" opens the booking form with the client chosen.
// Screenshots of the client page, desktop dark and light and a phone.
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachLook, horizontalOverflow, OTHER_LOOKS, launchBrowser, newContext, screenshot, settle, signIn, USERS } from './support/browser';

const ZONE = 'America/New_York';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("a client's page lists their sessions, opens one, and books another", async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  const client = (await (await page.request.get(`/api/clients?q=${encodeURIComponent(USERS.client)}`)).json()).items[0];

  await page.goto(`/clients/${client.id}`);
  const card = page.getByTestId('client-sessions');
  const upcoming = card.getByRole('list', { name: 'Upcoming sessions' });
  const past = card.getByRole('list', { name: 'Past sessions' });
  await upcoming.getByTestId('client-session').first().waitFor();
  await past.getByTestId('client-session').first().waitFor();
  // The demo programme started four weeks ago: attendance was taken on what is past.
  expect((await past.textContent()) ?? '').toMatch(/Completed|No-show|Late cancel|Cancelled/);
  const upcomingCount = Number((await card.getByRole('heading', { name: /^Upcoming/ }).textContent())!.split('· ')[1]);
  await settle(page);
  await screenshot(page, 'client-sessions-desktop-dark');

  // The next session opens in the calendar's day view with its panel: not startable yet.
  await upcoming.getByTestId('client-session').first().click();
  await page.waitForURL(/\/calendar\?view=day&date=.*&session=\d+/);
  const panel = page.getByTestId('session-panel');
  await panel.waitFor();
  const attendance = panel.getByRole('group', { name: 'Attendance' });
  if (await attendance.count()) {
    expect(await attendance.getByRole('button', { name: 'Completed' }).isDisabled()).toBe(true);
    expect(await attendance.getByRole('button', { name: 'Late cancel' }).isDisabled()).toBe(false);
    await panel.getByText(/Completed and No-show can be marked once the session starts at/).waitFor();
  }
  await screenshot(page, 'calendar-session-panel-future-desktop-dark');
  // Its client's name leads back to their page.
  await panel.getByRole('link', { name: client.full_name }).click();
  await page.waitForURL(new RegExp(`/clients/${client.id}$`));

  // Book session: the form opens with the client chosen; book a Thursday far ahead.
  await page.getByTestId('client-sessions').getByRole('link', { name: 'Book session' }).click();
  await page.waitForURL(/\/calendar\?book=/);
  const form = page.getByRole('form', { name: 'Book a session' });
  await form.getByRole('list', { name: 'Chosen clients' }).getByText(client.full_name).waitFor();
  const thursday = DateTime.now().setZone(ZONE).plus({ weeks: 17 }).startOf('week').plus({ days: 3 });
  if (await form.getByLabel('Trainer', { exact: true }).count()) {
    expect(await form.getByLabel('Trainer', { exact: true }).inputValue()).not.toBe('');
  }
  await form.getByLabel('Day').fill(thursday.toISODate()!);
  await form.getByLabel('Start', { exact: true }).fill('15:00');
  await form.getByLabel('End', { exact: true }).fill('16:00');
  await form.getByRole('button', { name: 'Book session' }).click();
  await page.getByText('Session booked.').waitFor();
  await page.waitForURL((url) => !url.search.includes('book='));

  await page.goto(`/clients/${client.id}`);
  await page.getByTestId('client-sessions').getByRole('heading', { name: `Upcoming · ${upcomingCount + 1}` }).waitFor();
  await context.close();
});

test('screenshots: a client page with sessions, desktop light and phone', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, { size, theme }) => {
    const client = (await (await page.request.get(`/api/clients?q=${encodeURIComponent(USERS.client)}`)).json()).items[0];
    await page.goto(`/clients/${client.id}`);
    await page.getByTestId('client-sessions').getByTestId('client-session').first().waitFor();
    await settle(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('client-sessions').scrollIntoViewIfNeeded();
    await screenshot(page, `client-sessions-${size}-${theme}`);
  });
});
