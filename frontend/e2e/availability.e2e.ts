// Goal: a trainer keeps their working hours and time off up to date; an owner changes when
// reminders fall due; people pick their own time zone and change their password in Settings.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { zonedDay, zonedInputToIso } from '@/features/scheduling/components/availability/zoned-time';
import { horizontalOverflow, launchBrowser, newContext, PASSWORD, PHONE, screenshot, signIn, unique, settle, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The API as the signed-in browser (its cookies and, for writes, its CSRF token). */
async function apiOf(context: BrowserContext, page: Page) {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'csrf_access_token')?.value ?? '';
  return {
    get: async (path: string) => (await page.request.get(path)).json(),
    put: (path: string, data: unknown) => page.request.put(path, { data, headers: { 'X-CSRF-TOKEN': csrf } }),
  };
}

test('a trainer edits their working hours and adds and removes time off', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.trainer1);
  const api = await apiOf(context, page);
  const me = await api.get('/api/auth/me');
  await page.goto(`/trainers/${me.trainer_id}`);
  await page.getByRole('heading', { name: 'Working hours' }).waitFor();
  const before = await api.get(`/api/trainers/${me.trainer_id}/working-hours`);
  expect(await page.getByText(`Times are in the studio’s time zone, ${before.timezone.replace(/_/g, ' ')}`).count()).toBe(1);

  // Sunday gets 10:00–14:00; a second, overlapping interval is refused before anything is sent.
  await page.getByRole('button', { name: 'Add hours on Sunday' }).click();
  await page.getByLabel('Sunday start', { exact: true }).fill('10:00');
  await page.getByLabel('Sunday end', { exact: true }).fill('14:00');
  await page.getByRole('button', { name: 'Add hours on Sunday' }).click();
  await page.getByLabel('Sunday start 2').fill('12:00');
  await page.getByRole('button', { name: 'Save working hours' }).click();
  await page.getByText('Overlaps 10:00–14:00 on Sunday.').waitFor();
  await page.getByRole('button', { name: /^Remove Sunday 12:00/ }).click();
  await page.getByRole('button', { name: 'Save working hours' }).click();
  await page.getByText('Working hours saved.').waitFor();
  const saved = await api.get(`/api/trainers/${me.trainer_id}/working-hours`);
  expect(saved.intervals).toContainEqual({ weekday: 6, starts_at: '10:00:00', ends_at: '14:00:00' });
  expect(saved.intervals.length).toBe(before.intervals.length + 1);

  // Time off next month, typed in the trainer's zone and stored as that instant.
  const reason = `E2E dentist ${unique()}`;
  const day = zonedDay(new Date(Date.now() + 30 * 86_400_000).toISOString(), me.timezone);
  await page.getByLabel('Starts').fill(`${day}T09:00`);
  await page.getByLabel('Ends').fill(`${day}T11:30`);
  await page.getByLabel('Reason (optional)').fill(reason);
  await page.getByRole('button', { name: 'Add time off' }).click();
  await page.getByText('Time off added.').waitFor();
  const entry = page.getByRole('list', { name: 'Upcoming time off' }).getByRole('listitem').filter({ hasText: reason });
  await entry.waitFor();
  const stored = (await api.get(`/api/trainers/${me.trainer_id}/time-off?per_page=100`)).items.find((item: { reason: string }) => item.reason === reason);
  expect(Date.parse(stored.starts_at)).toBe(Date.parse(zonedInputToIso(`${day}T09:00`, me.timezone)!));
  expect(Date.parse(stored.ends_at)).toBe(Date.parse(zonedInputToIso(`${day}T11:30`, me.timezone)!));
  expect(await entry.textContent()).toMatch(/9:00.*11:30/);

  await settle(page);
  await screenshot(page, 'trainer-availability-desktop-dark');

  await entry.getByRole('button', { name: /^Remove time off/ }).click();
  await page.getByText('Time off removed.').waitFor();
  await entry.waitFor({ state: 'detached' });

  // Back to the demo week for the other journeys.
  expect((await api.put(`/api/trainers/${me.trainer_id}/working-hours`, { intervals: before.intervals })).status()).toBe(200);
  await context.close();
});

test('the trainer page with availability on a phone in the light theme', async () => {
  const context = await newContext(browser, { viewport: PHONE, theme: 'light' });
  const page = await context.newPage();
  await signIn(page, USERS.trainer1);
  const me = await (await page.request.get('/api/auth/me')).json();
  await page.goto(`/trainers/${me.trainer_id}`);
  await page.getByRole('heading', { name: 'Working hours' }).waitFor();
  await page.getByRole('heading', { name: 'Calendar feed' }).scrollIntoViewIfNeeded();
  await settle(page);
  await screenshot(page, 'trainer-availability-phone-light');
  expect(await horizontalOverflow(page), 'the page scrolls sideways').toBeLessThanOrEqual(0);
  await context.close();
});

test('an owner changes when reminders fall due', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  const api = await apiOf(context, page);
  const before = (await api.get('/api/scheduling/settings')).reminder_offsets as number[];
  await page.goto('/settings');
  const reminders = page.getByRole('list', { name: 'Reminder times' });
  await reminders.waitFor();
  expect(await page.getByLabel('Studio name').inputValue()).toBe((await api.get('/api/auth/me')).organization.name);

  // A wrong amount is explained; 2 days is added; the earliest reminder is dropped.
  await page.getByLabel('Remind', { exact: true }).fill('15');
  await page.getByLabel('Unit', { exact: true }).selectOption('days');
  await page.getByRole('button', { name: 'Add reminder' }).click();
  await page.getByText('Choose between 5 minutes and 14 days before.').waitFor();
  await page.getByLabel('Remind', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Add reminder' }).click();
  await reminders.getByText('2 days before').waitFor();
  const removed = await reminders.getByRole('listitem').last().locator('span').textContent();
  await reminders.getByRole('button', { name: `Remove the reminder ${removed}` }).click();
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await page.getByText('Reminder times saved.').waitFor();
  const after = (await api.get('/api/scheduling/settings')).reminder_offsets as number[];
  expect(after).toEqual([...new Set([...before, 2880])].sort((a, b) => b - a).slice(0, -1));

  await settle(page);
  await screenshot(page, 'settings-desktop-dark');
  expect((await api.put('/api/scheduling/settings', { reminder_offsets: before })).status()).toBe(200);
  await context.close();
});

test('a person picks their own time zone, then follows the studio again', async () => {
  const context = await newContext(browser, { viewport: PHONE, theme: 'light' });
  const page = await context.newPage();
  await signIn(page, USERS.admin);
  await page.goto('/settings');
  const inUse = page.getByTestId('time-zone-in-use');
  await inUse.getByText('the studio’s time zone', { exact: false }).waitFor();

  await page.getByLabel('Use a time zone of my own').check();
  await page.getByLabel('Search time zone').fill('tokyo');
  await page.getByLabel('Time zone', { exact: true }).selectOption('Asia/Tokyo');
  await page.getByText('Chosen: Asia/Tokyo (GMT+9)').waitFor();
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await page.getByText('Times are now shown in Asia/Tokyo.').waitFor();
  await inUse.getByText('your own choice', { exact: false }).waitFor();
  expect(await inUse.textContent()).toContain('Asia/Tokyo');
  const mine = await (await page.request.get('/api/auth/me')).json();
  expect([mine.timezone, mine.timezone_is_own]).toEqual(['Asia/Tokyo', true]);
  await settle(page);
  await screenshot(page, 'settings-phone-light');

  await page.getByLabel(/Follow the studio’s time zone/).check();
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await inUse.getByText('the studio’s time zone', { exact: false }).waitFor();
  const back = await (await page.request.get('/api/auth/me')).json();
  expect([back.timezone, back.timezone_is_own]).toEqual([back.organization.timezone, false]);
  await context.close();
});

test('changing the password keeps this browser signed in and signs out the others', async () => {
  const other = await newContext(browser);
  const otherPage = await other.newPage();
  await signIn(otherPage, USERS.trainer2);
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.trainer2);
  await page.goto('/settings');

  const change = async (current: string, next: string) => {
    await page.getByLabel('Current password').fill(current);
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('Repeat the new password').fill(next);
    await page.getByRole('button', { name: 'Change password' }).click();
  };
  await change('not-the-password', 'another-password-456');
  await page.getByText('Incorrect password.').waitFor();
  await change(PASSWORD, 'another-password-456');
  await page.getByText(/^Password changed\./).waitFor();

  expect((await page.request.get('/api/auth/me')).status()).toBe(200);
  await page.goto('/clients');
  await page.getByTestId('showing').waitFor();
  expect(page.url()).not.toContain('/sign-in');
  expect((await otherPage.request.get('/api/auth/me')).status()).toBe(401);

  // The demo password back, for the other journeys.
  await page.goto('/settings');
  await change('another-password-456', PASSWORD);
  await page.getByText(/^Password changed\./).waitFor();
  await other.close();
  await context.close();
});
