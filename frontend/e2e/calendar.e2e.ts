// Goal (issue 4): an owner books a weekly series by selecting time on the calendar, sees it in the
// week view, drags one occurrence to a new time ("only this one"), cancels the series from a
// later date ("this and following"), and is stopped, with the reason shown, when a booking or a
// drag would overlap another session, with who has the time said in words. Screenshots of every
// view (a phone's week is three days), the form and the details panel, desktop dark and light and
// a phone, go to frontend/test-results/screenshots/.
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachLook, horizontalOverflow, OTHER_LOOKS, launchBrowser, newContext, screenshot, signIn, USERS } from './support/browser';

type ApiSession = { id: number; series_id: number | null; status: string; starts_at: string; ends_at: string; is_exception: boolean };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ZONE = 'America/New_York';
// Well past the demo studio's sessions (within four weeks of today), so nothing else is in the way.
const weekA = DateTime.now().setZone(ZONE).plus({ weeks: 11 }).startOf('week');
const weekB = weekA.plus({ weeks: 1 });
const day = (week: DateTime, offset: number) => week.plus({ days: offset }).toISODate()!;

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[data-testid="calendar"][aria-busy="true"]'));
}

/** The centre of a time-grid cell: `date` column, `time` row (plus `minutes` further down). */
async function slotPoint(page: Page, date: string, time: string, minutes = 0) {
  const column = await page.locator(`td.fc-timegrid-col[data-date="${date}"]`).boundingBox();
  const row = await page.locator(`td.fc-timegrid-slot-lane[data-time="${time}"]`).boundingBox();
  if (!column || !row) throw new Error(`No cell for ${date} ${time}`);
  return { x: column.x + column.width / 2, y: row.y + row.height / 2 + (minutes / 30) * row.height };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 4, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

const eventOf = (page: Page, id: number) => page.locator(`.fc-event:has([data-session-id="${id}"])`);

async function seriesSessions(page: Page, trainerId: number, seriesId?: number): Promise<ApiSession[]> {
  const params = new URLSearchParams({ from: weekA.toISO()!, to: weekB.plus({ weeks: 2 }).toISO()!, trainer_id: String(trainerId), per_page: '500' });
  const response = await page.request.get(`/api/sessions?${params}`);
  expect(response.ok()).toBe(true);
  const items = ((await response.json()) as { items: ApiSession[] }).items;
  return items.filter((session) => (seriesId ? session.series_id === seriesId : session.series_id !== null));
}

test('book a weekly series, move one, cancel the rest, and meet conflicts', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);

  const me = await (await page.request.get('/api/auth/me')).json();
  expect(me.timezone).toBe(ZONE);
  const trainers = (await (await page.request.get('/api/trainers?per_page=100&sort=last_name&status=active')).json()).items;
  const trainer = trainers[0];
  const clients = (await (await page.request.get('/api/clients?per_page=20&sort=last_name')).json()).items;
  const client = clients[3];

  // Open the trainer's week through the legend filter, then go 11 weeks ahead by URL.
  await page.getByRole('link', { name: 'Calendar' }).first().click();
  await page.getByRole('group', { name: 'Show trainer' }).getByRole('button', { name: trainer.full_name }).click();
  await page.waitForURL(new RegExp(`trainer=${trainer.id}`));
  await page.goto(`/calendar?view=week&date=${day(weekA, 0)}&trainer=${trainer.id}`);
  await settle(page);
  await expect.poll(() => page.getByTestId('calendar-title').textContent()).toContain(weekA.toFormat('LLL d'));

  // Select Monday 10:00–11:00 by dragging over the grid: the booking form opens with those times.
  const started = Date.now();
  await drag(page, await slotPoint(page, day(weekA, 0), '10:00:00'), await slotPoint(page, day(weekA, 0), '10:30:00'));
  const form = page.getByRole('form', { name: 'Book a session' });
  await form.waitFor();
  expect(await form.getByLabel('Start', { exact: true }).inputValue()).toBe('10:00');
  expect(await form.getByLabel('End', { exact: true }).inputValue()).toBe('11:00');
  expect(await form.getByLabel('Trainer', { exact: true }).inputValue()).toBe(String(trainer.id));
  await form.getByRole('list', { name: 'Free times' }).getByRole('button', { name: '10:00 AM' }).waitFor();
  await form.getByLabel('Client', { exact: true }).fill(client.last_name);
  await form.getByRole('list', { name: 'Matching clients' }).getByRole('button', { name: new RegExp(client.full_name) }).click();
  await form.getByLabel('Repeats').selectOption('weekly');
  await form.getByRole('group', { name: 'On these days' }).getByRole('button', { name: 'Wed' }).click();
  await form.getByLabel('Times', { exact: true }).fill('6');
  await screenshot(page, 'calendar-booking-form-desktop-dark');
  await form.getByRole('button', { name: 'Book series' }).click();
  await page.getByText(/Series booked: 6 sessions/).waitFor();
  console.log(`Booking the series through the UI took ${((Date.now() - started) / 1000).toFixed(1)} s (scripted).`);

  // Week view: Monday and Wednesday at 10:00, in the trainer's colour, named by the client.
  await settle(page);
  const booked = await seriesSessions(page, trainer.id);
  expect(booked).toHaveLength(6);
  const seriesId = booked[0].series_id!;
  const [monA, wedA, monB] = booked;
  await expect.poll(() => page.locator('.fc-event .session-event').count()).toBe(2);
  await eventOf(page, monA.id).getByText(client.full_name).waitFor();
  await screenshot(page, 'calendar-week-desktop-dark');

  // Drag Wednesday's occurrence from 10:00 to 14:00; only this one moves.
  const fourHours = (await slotPoint(page, day(weekA, 2), '14:00:00')).y - (await slotPoint(page, day(weekA, 2), '10:00:00')).y;
  const wedBox = (await eventOf(page, wedA.id).boundingBox())!;
  await drag(page, { x: wedBox.x + wedBox.width / 2, y: wedBox.y + 8 }, { x: wedBox.x + wedBox.width / 2, y: wedBox.y + 8 + fourHours });
  const moveDialog = page.getByRole('dialog', { name: 'Move a repeating session' });
  await moveDialog.waitFor();
  await moveDialog.getByLabel('Only this one').check();
  await moveDialog.getByRole('button', { name: 'Move' }).click();
  await page.getByText(/Moved to Wed/).waitFor();
  const afterMove = await seriesSessions(page, trainer.id, seriesId);
  const movedWed = afterMove.find((session) => session.id === wedA.id)!;
  expect(DateTime.fromISO(movedWed.starts_at, { zone: ZONE }).toFormat('HH:mm')).toBe('14:00');
  expect(movedWed.is_exception).toBe(true);
  expect(DateTime.fromISO(afterMove.find((session) => session.id === monB.id)!.starts_at, { zone: ZONE }).toFormat('HH:mm')).toBe('10:00');

  // Conflict by drag: Monday's occurrence onto the moved Wednesday one is refused and put back.
  await settle(page);
  const monBox = (await eventOf(page, monA.id).boundingBox())!;
  const wednesdayX = (await slotPoint(page, day(weekA, 2), '14:00:00')).x;
  await drag(page, { x: monBox.x + monBox.width / 2, y: monBox.y + 8 }, { x: wednesdayX, y: monBox.y + 8 + fourHours });
  await moveDialog.waitFor();
  await moveDialog.getByRole('button', { name: 'Move' }).click();
  // Refused: the dialog says who has the time (the moved Wednesday is the same trainer's) and offers others.
  const refused = page.getByRole('dialog', { name: 'Can’t move it there' });
  await refused.getByText(`${trainer.full_name} already has a session 2:00–3:00 PM`, { exact: false }).waitFor();
  await refused.getByRole('list', { name: 'Nearest free times' }).waitFor();
  await refused.getByRole('button', { name: 'Keep it where it was' }).click();
  const monAfter = (await seriesSessions(page, trainer.id, seriesId)).find((session) => session.id === monA.id)!;
  expect(monAfter.starts_at).toBe(monA.starts_at);
  await expect.poll(async () => (await eventOf(page, monA.id).boundingBox())?.y).toBeCloseTo(monBox.y, 0);

  // Conflict in the form: booking over the moved session names it, and nothing is added.
  await drag(page, await slotPoint(page, day(weekA, 2), '13:00:00'), await slotPoint(page, day(weekA, 2), '13:00:00'));
  await form.waitFor();
  await form.getByLabel('Kind', { exact: true }).selectOption('consultation');
  await form.getByLabel('End', { exact: true }).fill('14:30');
  await form.getByRole('button', { name: 'Book session' }).click();
  const conflict = form.getByTestId('booking-error');
  await conflict.getByText('That time is already taken.').waitFor();
  expect(await conflict.textContent()).toContain(`${trainer.full_name} already has a session 2:00–3:00 PM ${DateTime.fromISO(day(weekA, 2)).toFormat('ccc d LLL')}`);
  expect(await conflict.textContent()).not.toMatch(/Overlaps|\+00:00/);
  await form.getByRole('button', { name: 'Cancel' }).click();
  expect(await seriesSessions(page, trainer.id)).toHaveLength(6);

  // Cancel from the second week on: open Monday of week B, "This and following".
  await page.getByRole('button', { name: 'Next' }).click();
  await page.waitForURL(new RegExp(`date=${day(weekB, 0)}`));
  await settle(page);
  await eventOf(page, monB.id).click();
  const panel = page.getByTestId('session-panel');
  await panel.getByRole('heading', { name: client.full_name }).waitFor();
  await screenshot(page, 'calendar-session-panel-desktop-dark');
  await panel.getByRole('button', { name: 'Cancel session…' }).click();
  await panel.getByLabel('This and following').check();
  await panel.getByLabel('Reason (optional)').fill('Client moved away');
  await panel.getByRole('button', { name: 'Cancel sessions' }).click();
  await page.getByText('This and the following sessions are cancelled.').waitFor();
  await page.getByTestId('session-panel').waitFor({ state: 'detached' });

  const final = await seriesSessions(page, trainer.id, seriesId);
  const statusOf = (id: number) => final.find((session) => session.id === id)!.status;
  expect([statusOf(monA.id), statusOf(wedA.id)]).toEqual(['scheduled', 'scheduled']);
  expect(final.filter((session) => session.starts_at >= monB.starts_at).every((session) => session.status === 'cancelled')).toBe(true);
  // Week B shows them struck through; hiding cancelled sessions empties it; week A is untouched.
  await settle(page);
  await expect.poll(() => page.locator('.fc-event.session-inactive').count()).toBe(2);
  await page.getByLabel('Hide cancelled').check();
  await page.waitForURL(/cancelled=hide/);
  await expect.poll(() => page.locator('.fc-event').count()).toBe(0);
  await page.getByRole('button', { name: 'Previous' }).click();
  await settle(page);
  await expect.poll(() => page.locator('.fc-event:not(.session-inactive)').count()).toBe(2);

  // Export the visible week: the server's CSV holds this trainer's two sessions of week A.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /CSV/ }).click()]);
  const csv = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
  expect(csv.trim().split('\n')).toHaveLength(3);
  expect(csv).toContain(client.full_name);
});

test('an owner may book outside working hours after a warning', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  const trainer = (await (await page.request.get('/api/trainers?per_page=100&sort=last_name&status=active')).json()).items[1];
  // Sunday: no demo trainer works then.
  await page.goto(`/calendar?view=week&date=${day(weekA, 0)}&trainer=${trainer.id}`);
  await settle(page);
  await drag(page, await slotPoint(page, day(weekA, 6), '10:00:00'), await slotPoint(page, day(weekA, 6), '10:30:00'));
  const form = page.getByRole('form', { name: 'Book a session' });
  await form.getByLabel('Kind', { exact: true }).selectOption('consultation');
  await form.getByRole('button', { name: 'Book session' }).click();
  await form.getByTestId('booking-error').getByText('Outside working hours.').waitFor();
  await form.getByRole('button', { name: 'Book anyway (outside working hours)' }).click();
  await page.getByText('Session booked.').waitFor();
  await settle(page);
  await expect.poll(() => page.locator(`td.fc-timegrid-col[data-date="${day(weekA, 6)}"] .fc-event`).count()).toBe(1);
});

test('a trainer sees and books only their own calendar, without the override', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.trainer1);
  const me = await (await page.request.get('/api/auth/me')).json();
  // A trainer filter in the URL is ignored: the calendar is always their own.
  await page.goto(`/calendar?view=week&date=${day(weekA, 0)}&trainer=999999`);
  await settle(page);
  const legend = page.getByRole('list', { name: 'Trainers' });
  await legend.getByRole('listitem').first().waitFor();
  expect(await legend.getByRole('listitem').allTextContents()).toEqual([me.full_name]);
  expect(await page.getByRole('group', { name: 'Show trainer' }).count()).toBe(0);
  await drag(page, await slotPoint(page, day(weekA, 6), '10:00:00'), await slotPoint(page, day(weekA, 6), '10:30:00'));
  const form = page.getByRole('form', { name: 'Book a session' });
  await form.getByText(me.full_name, { exact: true }).waitFor();
  expect(await form.getByLabel('Trainer', { exact: true }).count()).toBe(0);
  await form.getByLabel('Kind', { exact: true }).selectOption('consultation');
  await form.getByRole('button', { name: 'Book session' }).click();
  await form.getByTestId('booking-error').getByText('Outside working hours.').waitFor();
  expect(await form.getByRole('button', { name: /Book anyway/ }).count()).toBe(0);
});

test('screenshots: week, month, day and list, desktop light and phone', async () => {
  await forEachLook(browser, USERS.owner, [...OTHER_LOOKS, { size: 'desktop', theme: 'dark' }], async (page, { size, theme }) => {
    const today = DateTime.now().setZone(ZONE).toISODate();
    for (const view of ['week', 'month', 'day', 'list'] as const) {
      await page.goto(`/calendar?view=${view}&date=${today}`);
      await settle(page);
      if (view === 'week') {
        // A phone's week is three readable days from the date; a desktop's the seven of the week.
        await expect.poll(() => page.locator('td.fc-timegrid-col[data-date]').count()).toBe(size === 'phone' ? 3 : 7);
        const pressed = page.getByRole('group', { name: 'View' }).locator('[aria-pressed="true"]');
        expect(await pressed.textContent()).toBe(size === 'phone' ? '3 days' : 'Week');
      }
      expect(await horizontalOverflow(page), `${view} scrolls sideways`).toBeLessThanOrEqual(0);
      await screenshot(page, `calendar-${view}-${size}-${theme}`);
    }
    // A session's details, and (phones) tap to create.
    await page.goto(`/calendar?view=day&date=${today}`);
    await settle(page);
    const first = page.locator('.fc-event').first();
    if (await first.count()) {
      // Overlapping events cover each other's edges; the first one is opened by its own click.
      await first.dispatchEvent('click');
      await page.getByTestId('session-panel').waitFor();
      await screenshot(page, `calendar-session-panel-${size}-${theme}`);
      await page.getByRole('button', { name: 'Close' }).click();
    }
    if (size === 'phone') {
      await page.goto(`/calendar?date=${day(weekA, 1)}`);
      await settle(page);
      await page.locator('td.fc-timegrid-slot-lane[data-time="08:00:00"]').tap({ position: { x: 120, y: 5 } });
      await page.getByRole('form', { name: 'Book a session' }).waitFor();
      await screenshot(page, `calendar-booking-form-${size}-${theme}`);
    } else if (theme === 'light') {
      await page.goto(`/calendar?view=week&date=${day(weekA, 0)}`);
      await settle(page);
      await page.getByRole('button', { name: 'New session' }).click();
      await page.getByRole('form', { name: 'Book a session' }).waitFor();
      await screenshot(page, `calendar-booking-form-${size}-${theme}`);
    }
  });
}, 240_000);
