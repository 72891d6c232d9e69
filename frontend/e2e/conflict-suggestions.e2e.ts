// Goal (issue 8, item 17): a booking that clashes says who has the time and when, in words, links
// to the session in the way and offers the nearest free times; one click books one. The form's
// free times leave out times when the chosen client is busy. A drag onto a taken time offers the
// same choices. Screenshots: the refused form and the refused move, desktop dark and light, phone.
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachLook, horizontalOverflow, OTHER_LOOKS, launchBrowser, newContext, screenshot, signIn, USERS } from './support/browser';

const ZONE = 'America/New_York';
// Far past the demo studio's sessions and the other calendar journeys' weeks.
const week = DateTime.now().setZone(ZONE).plus({ weeks: 15 }).startOf('week');
const tuesday = week.plus({ days: 1 });
const at = (time: string) => DateTime.fromISO(`${tuesday.toISODate()}T${time}`, { zone: ZONE }).toISO({ suppressMilliseconds: true })!;
const dayText = tuesday.toFormat('ccc d LLL');

type Person = { id: number; full_name: string; last_name: string };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[data-testid="calendar"][aria-busy="true"]'));
}

async function post(context: BrowserContext, page: Page, path: string, body: unknown) {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'csrf_access_token')!.value;
  const response = await page.request.post(path, { data: body, headers: { 'X-CSRF-TOKEN': csrf } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

async function sessionsOf(page: Page, trainerId: number) {
  const query = new URLSearchParams({ from: at('00:00'), to: at('23:59'), trainer_id: String(trainerId) });
  return ((await (await page.request.get(`/api/sessions?${query}`)).json()) as { items: { id: number; starts_at: string; participants: { client_id: number }[] }[] }).items;
}

test('a clash says who and when, and a suggested time books in one click, by form and by drag', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  const trainers: Person[] = (await (await page.request.get('/api/trainers?per_page=100&sort=last_name&status=active')).json()).items;
  const clients: Person[] = (await (await page.request.get('/api/clients?per_page=30&sort=last_name')).json()).items;
  const [trainer, colleague] = [trainers[2], trainers[3]];
  const [booked, chosen] = [clients[10], clients[11]];
  // The trainer has Tuesday 10–11 with one client; the client we book is with a colleague 11–12.
  const taken = await post(context, page, '/api/sessions', { trainer_id: trainer.id, starts_at: at('10:00'), ends_at: at('11:00'), client_ids: [booked.id] });
  await post(context, page, '/api/sessions', { trainer_id: colleague.id, starts_at: at('11:00'), ends_at: at('12:00'), client_ids: [chosen.id] });

  await page.goto(`/calendar?view=week&date=${week.toISODate()}&trainer=${trainer.id}`);
  await settle(page);
  await page.getByRole('button', { name: 'New session' }).click();
  const form = page.getByRole('form', { name: 'Book a session' });
  await form.getByLabel('Day').fill(tuesday.toISODate()!);
  await form.getByLabel('Start', { exact: true }).fill('10:00');
  await form.getByLabel('End', { exact: true }).fill('11:00');
  await form.getByLabel('Client', { exact: true }).fill(chosen.last_name);
  await form.getByRole('list', { name: 'Matching clients' }).getByRole('button', { name: new RegExp(chosen.full_name) }).click();
  // Free times: the trainer's 10:00 and the client's 11:00 are not offered.
  const free = form.getByRole('list', { name: 'Free times' });
  await free.getByRole('button', { name: '12:00 PM' }).waitFor();
  const offered = await free.getByRole('button').allTextContents();
  expect(offered).toContain('9:00 AM');
  expect(offered).not.toContain('10:00 AM');
  expect(offered).not.toContain('11:00 AM');

  await form.getByRole('button', { name: 'Book session' }).click();
  const alert = form.getByTestId('booking-error');
  await alert.getByText(`${trainer.full_name} already has a session 10:00–11:00 AM ${dayText}`, { exact: false }).waitFor();
  expect(await alert.textContent()).toContain(`with ${booked.full_name}.`);
  expect(await alert.getByRole('link', { name: 'Open the session in the way' }).getAttribute('href')).toBe(
    `/calendar?view=day&date=${tuesday.toISODate()}&session=${taken.id}`,
  );
  const suggestions = alert.getByRole('list', { name: 'Nearest free times' });
  expect((await suggestions.getByRole('button').allTextContents()).map((label) => label.split(' ')[0])).toEqual([
    '8:00–9:00', '8:30–9:30', '9:00–10:00', '12:00–1:00', '12:30–1:30', '1:00–2:00',
  ]);
  await screenshot(page, 'calendar-conflict-form-desktop-dark');
  await suggestions.getByRole('button', { name: /^Book 12:00–1:00 PM/ }).click();
  await page.getByText('Session booked.').waitFor();
  const ours = (await sessionsOf(page, trainer.id)).find((session) => session.participants.some((p) => p.client_id === chosen.id))!;
  expect(DateTime.fromISO(ours.starts_at, { zone: ZONE }).toFormat('HH:mm')).toBe('12:00');

  // Drag it onto the taken 10:00: refused, with the same kind of choices; 9:00 moves it there.
  await settle(page);
  const event = page.locator(`.fc-event:has([data-session-id="${ours.id}"])`);
  const box = (await event.boundingBox())!;
  const slot = async (time: string) => (await page.locator(`td.fc-timegrid-slot-lane[data-time="${time}"]`).boundingBox())!;
  const twoHours = (await slot('12:00:00')).y - (await slot('10:00:00')).y;
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 12, { steps: 2 });
  await page.mouse.move(box.x + box.width / 2, box.y + 8 - twoHours, { steps: 12 });
  await page.mouse.up();
  const refused = page.getByRole('dialog', { name: 'Can’t move it there' });
  await refused.getByText(`${trainer.full_name} already has a session 10:00–11:00 AM ${dayText}`, { exact: false }).waitFor();
  await screenshot(page, 'calendar-conflict-move-desktop-dark');
  await refused.getByRole('button', { name: /^Move to 9:00–10:00 AM/ }).click();
  await page.getByText(/^Moved to/).waitFor();
  const moved = (await sessionsOf(page, trainer.id)).find((session) => session.id === ours.id)!;
  expect(DateTime.fromISO(moved.starts_at, { zone: ZONE }).toFormat('HH:mm')).toBe('09:00');
  await context.close();
});

test('screenshots: a refused booking, desktop light and phone', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, { size, theme }) => {
    const trainer: Person = (await (await page.request.get('/api/trainers?per_page=100&sort=last_name&status=active')).json()).items[2];
    await page.goto(`/calendar?view=day&date=${tuesday.toISODate()}&trainer=${trainer.id}`);
    await settle(page);
    await page.getByRole('button', { name: 'New session' }).click();
    const form = page.getByRole('form', { name: 'Book a session' });
    await form.getByLabel('Kind', { exact: true }).selectOption('consultation');
    await form.getByLabel('Start', { exact: true }).fill('09:30');
    await form.getByLabel('End', { exact: true }).fill('10:30');
    await form.getByRole('button', { name: 'Book session' }).click();
    await form.getByRole('list', { name: 'Nearest free times' }).waitFor();
    await form.getByTestId('booking-error').scrollIntoViewIfNeeded();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `calendar-conflict-form-${size}-${theme}`);
  });
});
