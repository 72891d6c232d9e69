// Goal: a coach reads a client's progress (records, the e1RM chart, weekly volume) and downloads their
// training history; the client sees their own records in the portal. Needs the demo studio's training
// logs (`flask demo-data`): the demo client (client@demo…) has months of logged sets.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PHONE, screenshot, settle, signIn, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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

async function openTraining(page: Page, clientId: number) {
  await page.goto(`/clients/${clientId}`);
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
  const section = await openTraining(page, client.id);

  // Records: an exercise with its heaviest load, best e1RM and most reps at a load, in units and dates.
  const records = section.getByRole('list', { name: 'Personal records' }).locator('li');
  expect(await records.count()).toBeGreaterThan(0);
  const first = records.first();
  await first.getByText('Best e1RM').waitFor();
  expect(await first.textContent()).toMatch(/\d+(\.\d)? (kg|lb)/);

  // The e1RM chart of the most recently logged exercise, drawn, with its records named under it.
  const chart = section.getByTestId('e1rm-chart');
  await chart.getByRole('img', { name: /estimated 1RM on \d+ training days?/ }).waitFor();
  expect(await chart.locator('li').count()).toBeGreaterThan(0);
  const exercise = section.getByLabel('Exercise');
  const options = await exercise.locator('option').allTextContents();
  expect(options.length).toBeGreaterThan(0);
  if (options.length > 1) {
    await exercise.selectOption({ label: options[1] });
    await chart.getByRole('img', { name: new RegExp(`^${options[1]}: estimated 1RM`) }).waitFor();
  }
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
  expect(lines.length).toBeGreaterThan(10);
  const row = lines.find((line) => line.includes(',Done,'));
  expect(row).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC,/);
  expect(options.some((name) => row!.includes(name))).toBe(true);
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
  const records = progress.getByRole('list', { name: 'Personal records' }).locator('li');
  await records.first().waitFor();
  expect(await records.count()).toBeGreaterThan(0);
  await progress.getByTestId('e1rm-chart').getByRole('img').waitFor();
  await settle(page);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await progress.scrollIntoViewIfNeeded();
  await screenshot(page, 'portal-progress-phone-dark');
  // No coach's tools here: the export is on the coach's client page.
  expect(await progress.getByRole('button', { name: /Export/ }).count()).toBe(0);
  await context.close();
});
