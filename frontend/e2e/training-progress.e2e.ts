// Goal: a coach reads a client's progress (records, the e1RM chart, weekly volume) and downloads their
// training history; the client sees their own records in the portal. The journey logs two workouts
// for the demo client through the sync API first (as a coach logging on their behalf), so it has
// known sets to find whatever else the demo studio's logs hold.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PHONE, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The studio's own exercise the journey logs; unique, so that a rerun against the same database starts afresh.
const SQUAT = `Progress Squat ${unique()}`;

const CSV_HEADER = [
  'Performed at (UTC)', 'Workout', 'Exercise', 'Set', 'Status', 'Reps', 'Load', 'Unit', 'Load (kg)',
  'Time (s)', 'Distance (m)', 'RPE', 'e1RM (kg)', 'Notes', 'Records',
].join(',');

/** The demo client's id and name, as the client's own account reads them. */
async function demoClient(): Promise<{ id: number; name: string }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
  await context.close();
  return { id: me.client_id, name: `${me.first_name} ${me.last_name}` };
}

/**
 * Two workouts of the demo client a week apart, logged by the owner through the device sync, of an
 * exercise the journey adds to the studio (so no other log of the demo studio's can beat its records).
 */
async function logTwoWorkouts(page: Page, clientId: number, name: string) {
  const status = await page.evaluate(async ({ client_id, name }) => {
    const csrf = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('csrf_access_token='))?.split('=')[1] ?? '');
    const headers = { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf };
    const exercise = { name, category: 'strength', primary_muscles: ['quadriceps', 'glutes'], equipment: ['barbell'], measurement: 'reps_load' };
    const squat = await (await fetch('/api/exercises', { method: 'POST', headers, body: JSON.stringify(exercise) })).json();
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
    const logs = [8, 1].map((daysAgo) => ({ id: crypto.randomUUID(), name: 'Lower body', started_at: day(daysAgo), finished_at: day(daysAgo), client_updated_at: day(daysAgo) }));
    const sets = logs.flatMap((log, index) =>
      [1, 2, 3].map((set_number) => ({
        id: crypto.randomUUID(),
        workout_log_id: log.id,
        exercise_id: squat.id,
        set_number,
        reps: 5,
        load_value: 100 + index * 5,
        load_unit: 'kg',
        performed_at: log.started_at,
        client_updated_at: log.started_at,
      })),
    );
    const response = await fetch('/api/workouts/sync', { method: 'POST', headers, body: JSON.stringify({ client_id, logs, sets }) });
    return response.status;
  }, { client_id: clientId, name });
  expect(status).toBe(200);
}

async function openTraining(page: Page, clientId: number) {
  await page.goto(`/clients/${clientId}`);
  await page.getByRole('tablist', { name: 'Training' }).getByRole('tab', { name: 'Progress' }).click();
  const section = page.getByTestId('client-training');
  await section.getByRole('heading', { name: 'Training progress' }).waitFor();
  await section.getByRole('list', { name: 'Personal records' }).waitFor();
  return section;
}

test('a coach reads a client’s records and e1RM chart and downloads their training history', async () => {
  const client = await demoClient();
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await logTwoWorkouts(page, client.id, SQUAT);

  // The Workouts tab lists what was logged, newest first, set by set, with the records it broke.
  await page.goto(`/clients/${client.id}`);
  await page.getByRole('tablist', { name: 'Training' }).getByRole('tab', { name: 'Workouts' }).click();
  // Other journeys log workouts for the same client meanwhile, so the journey's own is found by its exercise.
  const latest = page.getByRole('list', { name: 'Logged workouts' }).locator(':scope > li').filter({ hasText: SQUAT }).first();
  await latest.getByText(SQUAT, { exact: true }).waitFor();
  expect(await latest.textContent()).toMatch(/5 × 105 kg/);
  await latest.getByRole('list', { name: 'Records' }).getByText(/105 kg/).first().waitFor();
  await settle(page);
  await screenshot(page, 'training-client-workouts-desktop-dark');

  const section = await openTraining(page, client.id);

  // Records: an exercise with its heaviest load, best e1RM and most reps at a load, in units and dates.
  const squatRecords = section.getByRole('list', { name: 'Personal records' }).locator('li').filter({ hasText: SQUAT });
  // 105 kg × 5 a day ago: the heaviest load and, 105 × 36 / 32 = 118.1 kg, the best e1RM.
  await squatRecords.getByText('105 kg × 5').first().waitFor();
  await squatRecords.getByText('118.1 kg (105 kg × 5)').waitFor();

  // The e1RM chart of that squat, drawn, with its records named under it.
  const chart = section.getByTestId('e1rm-chart');
  await section.getByLabel('Exercise').selectOption({ label: SQUAT });
  await chart.getByRole('img', { name: new RegExp(`^${SQUAT}: estimated 1RM on 2 training days, latest 118\\.1 kg`) }).waitFor();
  await chart.getByText(/^Best e1RM: 118\.1 kg \(105 kg × 5\)/).waitFor();
  await section.getByRole('img', { name: /Volume per week over the last 12 weeks/ }).waitFor();
  await settle(page);
  await screenshot(page, 'training-progress-desktop-dark');

  // The CSV: a BOM, the header, one row per set with the exercise and its status.
  await section.getByRole('button', { name: 'Export history ▾' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /CSV/ }).click()]);
  expect(file.suggestedFilename()).toMatch(/^training-.*\.csv$/);
  const text = readFileSync((await file.path())!).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toBe(CSV_HEADER);
  expect(lines.length).toBeGreaterThanOrEqual(7);
  const row = lines.find((line) => line.includes(`,${SQUAT},`) && line.includes(',105.00,kg,'));
  expect(row).toMatch(new RegExp(String.raw`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC,Lower body,${SQUAT},1,Done,5,105.00,kg,105.000,,,,118.125,,Heaviest load; Best e1RM(; Most reps at a load)?$`));
  await page.getByText(`Downloaded ${file.suggestedFilename()}.`).waitFor();
  await context.close();

  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (lookPage, look) => {
    await openTraining(lookPage, client.id);
    await lookPage.getByTestId('e1rm-chart').getByRole('img').waitFor();
    await settle(lookPage);
    expect(await horizontalOverflow(lookPage)).toBeLessThanOrEqual(0);
    await lookPage.getByTestId('client-training').scrollIntoViewIfNeeded();
    await screenshot(lookPage, `training-progress-${look.size}-${look.theme}`);
  });
});

test('a client sees their own records and chart in the portal', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  const progress = page.getByTestId('portal-progress');
  await progress.getByRole('heading', { name: 'Your progress' }).waitFor();
  // The coach's journey above logged 105 kg × 5 of this squat for this client.
  await progress.getByRole('list', { name: 'Personal records' }).locator('li').filter({ hasText: SQUAT }).getByText('105 kg × 5').first().waitFor();
  await progress.getByTestId('e1rm-chart').getByRole('img').waitFor();
  await settle(page);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await progress.scrollIntoViewIfNeeded();
  await screenshot(page, 'portal-progress-phone-dark');
  // No coach's tools here: the export is on the coach's client page.
  expect(await progress.getByRole('button', { name: /Export/ }).count()).toBe(0);
  await context.close();
});
