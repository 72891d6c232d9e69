// Goal: a coach sets a client an attendance goal and reads how far the client is, worked out from the
// sessions they attended; the goal's name is unique so that reruns against one database start afresh.
// The goals are the first tab of the client page's Progress section.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const GOAL = `Turn up ${unique()}`;

async function demoClientId(): Promise<number> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.client, /\/portal$/);
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
  await context.close();
  return me.client_id;
}

async function openGoals(page: Page, clientId: number) {
  await page.goto(`/clients/${clientId}`);
  const section = page.getByTestId('client-goals');
  await page.getByRole('tablist', { name: 'Progress' }).getByRole('tab', { name: 'Goals' }).click();
  await section.getByRole('heading', { name: 'Goals' }).waitFor();
  return section;
}

test('a coach sets an attendance goal and its progress shows', async () => {
  const clientId = await demoClientId();
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  const section = await openGoals(page, clientId);

  await section.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await dialog.getByLabel('Kind of goal').selectOption({ label: 'Attendance' });
  await dialog.getByLabel('Sessions a week').fill('1');
  await dialog.getByLabel('For weeks').fill('12');
  // Eight weeks back, so the demo client's attended sessions count.
  const start = new Date(Date.now() - 56 * 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel('Starts').fill(start);
  await dialog.getByLabel('Milestones').selectOption({ label: 'At values I choose' });
  await dialog.getByLabel('Milestones (weeks)').fill('4, 8');
  await dialog.getByLabel('Name (optional)').fill(GOAL);
  await dialog.getByRole('button', { name: 'Set goal' }).click();
  await page.getByText(`Goal set: ${GOAL}.`).waitFor();

  const goal = section.getByRole('article', { name: GOAL });
  await goal.waitFor();
  await goal.getByText('1 session a week for 12 weeks').waitFor();
  const progress = goal.getByTestId('goal-progress');
  expect(await progress.textContent()).toMatch(/^Met \d+ of 12 weeks/);
  const bar = goal.getByRole('progressbar');
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
  expect(await bar.getAttribute('aria-valuetext')).toBe(await progress.textContent());
  await goal.getByRole('list', { name: 'Milestones' }).getByText('4 weeks met').waitFor();

  // Changing the goal: 2 a week; the name the coach gave stays.
  await goal.getByRole('button', { name: `Edit ${GOAL}` }).click();
  const edit = page.getByRole('dialog', { name: 'Change goal' });
  await edit.getByLabel('Sessions a week').fill('2');
  await edit.getByRole('button', { name: 'Save goal' }).click();
  await page.getByText(`Saved ${GOAL}.`).waitFor();
  await goal.getByText('2 sessions a week for 12 weeks').waitFor();
  await settle(page);
  await goal.scrollIntoViewIfNeeded();
  await screenshot(page, 'progress-goals-desktop-dark');
  await context.close();

  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (lookPage, look) => {
    const lookSection = await openGoals(lookPage, clientId);
    await lookSection.getByRole('article', { name: GOAL }).waitFor();
    await settle(lookPage);
    expect(await horizontalOverflow(lookPage)).toBeLessThanOrEqual(0);
    await lookSection.scrollIntoViewIfNeeded();
    await screenshot(lookPage, `progress-goals-${look.size}-${look.theme}`);
  });
}, 240_000);
