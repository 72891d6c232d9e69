// Goal: a trainer finds their tasks due on the dashboard, opens Tasks and completes one (it leaves
// "To do" and shows under "Done" with who did it); the owner adds a task for a trainer, who then
// sees it among their own. Screenshots of the dashboard's tasks card and of Tasks on a 1440×900
// desktop, dark and light, and a 390×844 phone, with no sideways scrolling.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseURL, DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PASSWORD, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An API session as `email`, for setting up what a journey starts from. */
async function apiAs(email: string) {
  const login = await fetch(`${baseURL()}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const { access_token: token } = await login.json();
  return async (path: string, body?: unknown) => {
    const response = await fetch(`${baseURL()}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return response.json();
  };
}

/** Today in the studio's zone, as the task list compares due dates (the demo studio's zone). */
const todayFor = (timeZone: string) => new Date().toLocaleDateString('en-CA', { timeZone });

const taskRow = (page: Page, title: string) => page.getByTestId('task').filter({ hasText: title });

test('a trainer sees their tasks due and completes one', async () => {
  const call = await apiAs(USERS.trainer1);
  const me = await call('/api/auth/me');
  const title = `Call about the knee ${unique()}`;
  await call('/api/tasks', { title, due_on: todayFor(me.timezone) });
  const summary = await call('/api/tasks/summary');

  const context = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const page = await context.newPage();
  await signIn(page, USERS.trainer1);
  const card = page.getByRole('link', { name: /^Your tasks due/ });
  await card.waitFor();
  expect(await card.textContent()).toContain(`${summary.due_today + summary.overdue}`);
  await settle(page);
  await screenshot(page, 'dashboard-tasks-trainer-desktop-dark');

  await card.click();
  await page.waitForURL((url) => url.pathname === '/tasks');
  const row = taskRow(page, title);
  await row.waitFor();
  expect(await row.textContent()).toContain('Due today');
  await row.getByRole('button', { name: `Complete: ${title}` }).click();
  await page.getByText(`“${title}” done.`).waitFor();
  await row.waitFor({ state: 'detached' });

  await page.getByLabel('Show').selectOption('done');
  const done = taskRow(page, title);
  await done.waitFor();
  expect(await done.textContent()).toContain(`Done by ${me.full_name}`);
  await context.close();
});

test('the owner adds a task for a trainer, who finds it among theirs', async () => {
  const call = await apiAs(USERS.owner);
  const trainers = (await call('/api/trainers?per_page=100')).items as { email: string; full_name: string }[];
  const trainer = trainers.find((candidate) => candidate.email === USERS.trainer2)!;
  const title = `Send the new meal plan ${unique()}`;

  const context = await newContext(browser, { viewport: DESKTOP, theme: 'light' });
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Tasks' }).click();
  const form = page.getByRole('form', { name: 'New task' });
  await form.getByLabel('New task').fill(title);
  await form.getByLabel('For').selectOption({ label: trainer.full_name });
  await form.getByRole('button', { name: 'Add task' }).click();
  await page.getByText(`Task “${title}” added for ${trainer.full_name}.`).waitFor();
  const row = taskRow(page, title);
  await row.waitFor();
  expect(await row.textContent()).toContain(`For ${trainer.full_name}`);
  await settle(page);
  await screenshot(page, 'tasks-owner-desktop-light');
  await context.close();

  const theirs = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const trainerPage = await theirs.newPage();
  await signIn(trainerPage, USERS.trainer2);
  await trainerPage.goto('/tasks');
  await taskRow(trainerPage, title).waitFor();
  // A trainer adds tasks only for themself.
  expect(await trainerPage.getByRole('form', { name: 'New task' }).getByLabel('For').count()).toBe(0);
  await theirs.close();
});

test('the tasks card and Tasks in the other looks', async () => {
  await forEachLook(browser, USERS.trainer1, OTHER_LOOKS, async (page, look) => {
    await page.getByRole('link', { name: /^Your tasks due/ }).waitFor();
    await settle(page);
    expect(await horizontalOverflow(page), `the dashboard scrolls sideways on ${look.size}`).toBeLessThanOrEqual(0);
    await screenshot(page, `dashboard-tasks-trainer-${look.size}-${look.theme}`);
    await page.goto('/tasks');
    await page.getByTestId('task').first().waitFor();
    await settle(page);
    expect(await horizontalOverflow(page), `tasks scroll sideways on ${look.size}`).toBeLessThanOrEqual(0);
    await screenshot(page, `tasks-trainer-${look.size}-${look.theme}`);
  });
  await forEachLook(browser, USERS.owner, [{ size: 'phone', theme: 'dark' }], async (page, look) => {
    await page.getByRole('link', { name: /^Your tasks due/ }).waitFor();
    await settle(page);
    expect(await horizontalOverflow(page), `the dashboard scrolls sideways on ${look.size}`).toBeLessThanOrEqual(0);
    await screenshot(page, `dashboard-tasks-owner-${look.size}-${look.theme}`);
  });
});
