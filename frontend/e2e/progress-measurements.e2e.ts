// Goal: a client on their phone enters today's weight and sees it on their chart and in their
// entries; their coach sees it on the client's page, under Progress → Measurements.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PHONE, screenshot, settle, signIn, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A weight no demo weigh-in has (they are rounded to a tenth and lie between 50 and 120 kg).
const WEIGHT = '123.4';

test('a client on a phone enters a weight and sees it on the chart; the coach reads it', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  await page.getByRole('link', { name: 'Open progress' }).click();
  await page.waitForURL(/\/portal\/progress$/);
  await page.getByRole('heading', { name: 'Progress', exact: true }).waitFor();

  // The demo's weekly weigh-ins are there already, latest values with their change.
  const latest = page.getByTestId('latest-measurements');
  await latest.getByText('Weight').waitFor();

  // The quick entry: the date is today in the client's zone; weight, body fat and waist come first.
  const form = page.getByRole('form', { name: 'Enter your measurements' });
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
  const today = await page.evaluate((zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()), me.timezone);
  expect(await form.getByLabel('Date').inputValue()).toBe(today);
  await form.getByLabel('Weight (kg)').fill(WEIGHT);
  await form.getByRole('button', { name: 'Save measurements' }).click();
  await page.getByText(new RegExp(`^Saved weight ${WEIGHT.replace('.', '\\.')} kg for `)).waitFor();

  // The newest weight leads the latest values and the chart (its text alternative names it).
  await latest.getByText(`${WEIGHT} kg`).waitFor();
  const chart = page.getByTestId('measurement-chart');
  await chart.getByRole('img', { name: new RegExp(`^Weight: \\d+ entries, latest ${WEIGHT.replace('.', '\\.')} kg on `) }).waitFor();
  await page.getByTestId('body-composition-chart').getByRole('img').waitFor();
  await page.getByTestId('measurement-entries').getByText(`${WEIGHT} kg`).first().waitFor();

  // The range picker asks again: a year back still ends with today's weight.
  await page.getByRole('group', { name: 'Chart range' }).getByRole('button', { name: '1 y' }).click();
  await chart.getByRole('img', { name: new RegExp(`latest ${WEIGHT.replace('.', '\\.')} kg`) }).waitFor();
  await settle(page);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'progress-measurements-phone-dark');
  await chart.scrollIntoViewIfNeeded();
  await screenshot(page, 'progress-measurements-chart-phone-dark');
  await context.close();

  // The coach (the client's trainer) sees the same weight leading the client's latest values.
  const coachContext = await newContext(browser);
  const coach = await coachContext.newPage();
  await signIn(coach, USERS.trainer1);
  await coach.goto(`/clients/${me.client_id}`);
  await coach.getByRole('tablist', { name: 'Progress' }).getByRole('tab', { name: 'Measurements' }).click();
  const section = coach.getByTestId('client-measurements');
  await section.getByTestId('latest-measurements').getByText(`${WEIGHT} kg`).waitFor();
  await section.getByTestId('measurement-chart').getByRole('img', { name: new RegExp(`latest ${WEIGHT.replace('.', '\\.')} kg`) }).waitFor();
  await settle(coach);
  await screenshot(coach, 'progress-measurements-coach-desktop-dark');
  await coachContext.close();
});

test('a client corrects a weight and reads what it corrected', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  await page.goto('/portal/progress');
  const entry = page.getByTestId('measurement-entries').locator(':scope > li').filter({ hasText: `Weight ${WEIGHT} kg` }).first();
  await entry.getByRole('button', { name: 'Correct' }).click();
  await entry.getByLabel('Correct value (kg)').fill('83.2');
  await entry.getByRole('button', { name: 'Save correction' }).click();
  await page.getByText('Corrected to 83.2 kg.').waitFor();
  const corrected = page.getByTestId('measurement-entries').locator(':scope > li').filter({ hasText: 'Weight 83.2 kg' }).first();
  await corrected.getByText(new RegExp(`^Corrected from ${WEIGHT.replace('.', '\\.')} kg by .+ on `)).waitFor();
  await corrected.getByRole('button', { name: 'History' }).click();
  await corrected.getByRole('list', { name: 'History of weight' }).getByText(/^123\.4 kg — entered .*; replaced /).waitFor();
  await settle(page);
  await screenshot(page, 'progress-measurements-correction-phone-dark');
  await context.close();
});

test('the progress screen in the other looks: desktop dark and light, phone light', async () => {
  // The client's landing is the portal, so the shared forEachLook (which expects the dashboard) does not fit.
  for (const look of [...OTHER_LOOKS, { size: 'desktop', theme: 'dark' } as const].filter((item) => !(item.size === 'phone' && item.theme === 'dark'))) {
    const lookContext = await newContext(browser, { viewport: look.size === 'phone' ? PHONE : DESKTOP, theme: look.theme });
    const lookPage = await lookContext.newPage();
    await signIn(lookPage, USERS.client, /\/portal$/);
    await lookPage.goto('/portal/progress');
    await lookPage.getByTestId('measurement-chart').getByRole('img').waitFor();
    await lookPage.getByTestId('body-composition-chart').getByRole('img').waitFor();
    await settle(lookPage);
    expect(await horizontalOverflow(lookPage)).toBeLessThanOrEqual(0);
    await screenshot(lookPage, `progress-measurements-${look.size}-${look.theme}`);
    await lookContext.close();
  }
}, 150_000);
