// Goal: a client logs today's workout on their phone with no connection, reloads, and every set
// reaches the server exactly once when the connection returns.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { horizontalOverflow, launchBrowser, newContext, PHONE, screenshot, settle, signIn, unique, USERS } from './support/browser';

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
    get: async (path: string) => {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      return response.json();
    },
    post: async (path: string, data: unknown) => {
      const response = await page.request.post(path, { data, headers: { 'X-CSRF-TOKEN': csrf } });
      expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    },
  };
}

/** As the demo owner: a one-day program of one lift, given to the client with every day a training day. */
async function programForToday(clientId: number, timeZone: string, name: string): Promise<string> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  const api = await apiOf(context, page);
  const library = await api.get('/api/exercises?q=Goblet%20Squat&per_page=5');
  const exercise = library.items.find((item: { name: string; measurement: string }) => item.measurement === 'reps_load');
  const day = {
    name,
    blocks: [{ kind: 'single', exercises: [{ exercise_id: exercise.id, prescription: { sets: 3, reps: 8, load: { type: 'kg', value: 40 }, rest_seconds: 5 } }] }],
  };
  const template = await api.post('/api/programs', { name, content: { weeks: [{ days: [day] }] } });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  await api.post(`/api/programs/${template.id}/assign`, {
    client_ids: [clientId],
    start_date: today,
    training_weekdays: [1, 2, 3, 4, 5, 6, 7],
    replace_current: true,
  });
  await context.close();
  return exercise.name;
}

// Set by the first journey, read by the second.
const workoutName = `Offline strength ${unique()}`;
let clientId = 0;

test('a client logs three sets offline, reloads, and the server holds each once', { timeout: 150_000 }, async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  const me = await (await page.request.get('/api/auth/me')).json();
  clientId = me.client_id;
  const exerciseName = await programForToday(me.client_id, me.timezone, workoutName);

  await page.getByRole('link', { name: "Open today's workout" }).click();
  await page.getByRole('heading', { name: workoutName }).waitFor();
  await page.getByRole('heading', { name: exerciseName }).waitFor();
  await settle(page);
  // The worker has precached the app shell and controls the page: a reload offline can open it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'training-today-phone-dark');

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Set 1 done' }).click();
  await page.getByRole('textbox', { name: 'Set 2 Reps' }).fill('7');
  await page.getByRole('textbox', { name: 'Set 2 RPE' }).fill('8.5');
  await page.getByRole('button', { name: 'Set 2 done' }).click();
  await page.getByRole('button', { name: 'Set 3 done' }).click();
  await expect.poll(() => page.getByTestId('logged-set').count()).toBe(3);
  await page.getByText('Offline: 3 sets waiting to sync.').waitFor();
  await page.getByRole('timer').waitFor();
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshot(page, 'training-today-offline-phone-dark');

  await page.reload();
  await page.getByRole('heading', { name: workoutName }).waitFor();
  await expect.poll(() => page.getByTestId('logged-set').count()).toBe(3);
  expect(await page.getByTestId('logged-set').allInnerTexts()).toEqual([
    expect.stringContaining('8 × 40 kg'),
    expect.stringContaining('7 × 40 kg @ RPE 8.5'),
    expect.stringContaining('8 × 40 kg'),
  ]);
  await page.getByText('Offline: 3 sets waiting to sync.').waitFor();

  await context.setOffline(false);
  await page.getByText('All sets saved.').waitFor({ timeout: 30_000 });
  // Once more, now online: a replay of what was already sent changes nothing.
  await page.reload();
  await page.getByText('All sets saved.').waitFor();
  await expect.poll(() => page.getByTestId('logged-set').count()).toBe(3);

  const staff = await newContext(browser);
  const staffPage = await staff.newPage();
  await signIn(staffPage, USERS.owner);
  const history = await (await staffPage.request.get(`/api/clients/${me.client_id}/workouts`)).json();
  const listed = history.items.find((item: { name: string }) => item.name === workoutName);
  // The history lists summaries; the workout itself has every set.
  const logged = await (await staffPage.request.get(`/api/workouts/${listed.id}`)).json();
  const sets = logged.exercises.flatMap((group: { sets: { id: string; reps: number }[] }) => group.sets);
  expect(sets.map((item: { reps: number }) => item.reps)).toEqual([8, 7, 8]);
  expect(new Set(sets.map((item: { id: string }) => item.id)).size).toBe(3);
  await staff.close();

  await page.getByRole('button', { name: 'Finish workout' }).click();
  await page.getByTestId('workout-summary').waitFor();
  await page.getByText('All sets saved.').waitFor({ timeout: 30_000 });
  await screenshot(page, 'training-today-finished-phone-dark');
  await context.close();

  const light = await newContext(browser, { viewport: PHONE, theme: 'light' });
  const lightPage = await light.newPage();
  await signIn(lightPage, USERS.client, /\/portal$/);
  await lightPage.goto('/portal/today');
  await lightPage.getByRole('heading', { name: workoutName }).waitFor();
  await settle(lightPage);
  expect(await horizontalOverflow(lightPage)).toBe(0);
  await screenshot(lightPage, 'training-today-phone-light');
  await light.close();
});

test('a trainer opens the same logging screen from the client page', async () => {
  expect(clientId).toBeGreaterThan(0);
  // The owner stands in for a trainer: the demo client's trainer may vary with the demo data.
  const desk = await newContext(browser);
  const deskPage = await desk.newPage();
  await signIn(deskPage, USERS.owner);
  await deskPage.goto(`/clients/${clientId}`);
  await deskPage.getByRole('button', { name: 'Log a workout' }).click();
  const panel = deskPage.getByRole('dialog', { name: /^Log a workout for / });
  await panel.getByRole('heading', { name: workoutName }).waitFor();
  await expect.poll(() => panel.getByTestId('logged-set').count()).toBe(3);
  await panel.getByTestId('workout-summary').waitFor();
  await settle(deskPage);
  await screenshot(deskPage, 'training-log-for-client-desktop-dark');
  await desk.close();

});
