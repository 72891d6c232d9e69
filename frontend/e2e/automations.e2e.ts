// Goal: the owner starts an automation from the Welcome template, makes it theirs in the editor
// (name, subject, a merge field picked into the message, a preview through the server, an unknown
// merge field refused beside the message) and finds it in the list; builds a rule from nothing (a
// time trigger with its days, a tag condition, email, wait, task and tag steps, one moved); a
// trainer is offered no automations and is sent away from their screens. The demo's welcome
// sequence shows its runs under the editor, each step's outcome in words. Screenshots of the editor
// on a 1440×900 desktop, dark and light, and a 390×844 phone, with no sideways scrolling.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const step = (page: Page, number: number, label: string) => page.getByRole('listitem', { name: `Step ${number}: ${label}`, exact: true });
const ruleRow = (page: Page, name: string) => page.getByTestId('automation-rule').filter({ hasText: name });

test('the owner starts from a template, makes it theirs and saves it', async () => {
  const name = `Welcome ${unique()}`;
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'dark' });
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Automations' }).click();
  await page.getByRole('button', { name: 'Use template: Welcome sequence' }).click();
  await page.waitForURL(/\/automations\/\d+$/);
  await page.getByRole('heading', { name: 'Welcome sequence', level: 1 }).waitFor();

  await page.getByLabel('Name').fill(name);
  const email = step(page, 1, 'Send an email');
  expect(await email.getByLabel('Subject').inputValue()).toBe('Welcome to {{ studio_name }}, {{ first_name }}');
  await email.getByLabel('Subject').fill('Good to have you,');
  await email.getByLabel('Insert a merge field').selectOption('first_name');
  expect(await email.getByLabel('Subject').inputValue()).toBe('Good to have you, {{ first_name }}');
  await email.getByRole('button', { name: 'Preview step 1' }).click();
  const preview = email.getByRole('figure', { name: 'step 1 as Alex Morgan reads it' });
  await preview.getByText('Good to have you, Alex', { exact: true }).waitFor();
  await preview.getByText(/^Hi Alex,\s+Welcome to /).waitFor();

  // A merge field the server does not know is refused beside the message it is in.
  const message = email.getByLabel('Message');
  await message.fill('Hi {{ nickname }}, welcome!');
  await page.getByRole('button', { name: 'Save automation' }).click();
  await email.getByText('Unknown merge fields: {{ nickname }}.').waitFor();
  expect(await message.getAttribute('aria-invalid')).toBe('true');
  await page.getByRole('alert').filter({ hasText: 'See the highlighted fields.' }).waitFor();
  await settle(page);
  await screenshot(page, 'automation-editor-error-desktop-dark');

  await message.fill('Hi {{ first_name }}, welcome!');
  await page.getByRole('button', { name: 'Save automation' }).click();
  await page.waitForURL((url) => url.pathname === '/automations');
  const row = ruleRow(page, name);
  await row.waitFor();
  expect(await row.textContent()).toContain('Then: Email, wait 3 days, task, wait 4 days, email');

  await row.getByRole('link', { name: `Edit ${name}` }).click();
  await step(page, 1, 'Send an email').getByLabel('Subject').waitFor();
  expect(await step(page, 1, 'Send an email').getByLabel('Subject').inputValue()).toBe('Good to have you, {{ first_name }}');
  expect(await step(page, 1, 'Send an email').getByLabel('Message').inputValue()).toBe('Hi {{ first_name }}, welcome!');
  await settle(page);
  await screenshot(page, 'automation-editor-desktop-dark');
  await context.close();
});

test('the owner builds an automation from nothing', async () => {
  const name = `Win back VIPs ${unique()}`;
  const context = await newContext(browser, { viewport: DESKTOP, theme: 'light' });
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.goto('/automations');
  await page.getByRole('link', { name: 'New automation' }).click();
  await page.getByRole('heading', { name: 'New automation', level: 1 }).waitFor();

  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Trigger').selectOption({ label: 'No session in N days' });
  await page.getByLabel('N (days)').fill('10');
  await page.getByLabel('Add a condition').selectOption({ label: 'Client has the tag' });
  await page.getByRole('list', { name: 'Conditions' }).getByLabel('Client has the tag').fill('vip');

  const email = step(page, 1, 'Send an email');
  await email.getByLabel('Subject').fill('We miss you');
  await email.getByLabel('Message').fill('Hi');
  await email.getByLabel('Insert a merge field').selectOption('first_name');
  expect(await email.getByLabel('Message').inputValue()).toBe('Hi {{ first_name }}');

  await page.getByLabel('Add a step').selectOption({ label: 'Create a task' });
  await step(page, 2, 'Create a task').getByLabel('Title').fill('Call {{ full_name }}');
  await page.getByLabel('Add a step').selectOption({ label: 'Wait' });
  await step(page, 3, 'Wait').getByLabel('Wait for').fill('2');
  // The wait belongs before the task: moved up one place.
  await page.getByRole('button', { name: 'Move step 3 up' }).click();
  await step(page, 2, 'Wait').waitFor();
  await page.getByLabel('Add a step').selectOption({ label: 'Add a tag' });
  await step(page, 4, 'Add a tag').getByLabel('Tag').fill('win-back');
  await page.getByLabel('Turned on').check();
  await settle(page);
  await screenshot(page, 'automation-new-desktop-light');

  await page.getByRole('button', { name: 'Create automation' }).click();
  await page.waitForURL((url) => url.pathname === '/automations');
  const row = ruleRow(page, name);
  await row.waitFor();
  const text = await row.textContent();
  expect(text).toContain('When: No session in 10 days · If: Tagged “vip”');
  expect(text).toContain('Then: Email, wait 2 days, task, tag added');
  expect(await row.getByRole('checkbox', { name: `${name}: on` }).isChecked()).toBe(true);
  await context.close();
});

test('a trainer is offered no automations and cannot open them', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.trainer1);
  const nav = page.getByRole('navigation', { name: 'Main' }).first();
  await nav.getByRole('link', { name: 'Tasks' }).waitFor();
  expect(await nav.getByRole('link', { name: 'Automations' }).count()).toBe(0);
  for (const path of ['/automations', '/automations/new', '/automations/1']) {
    await page.goto(path);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  }
  await context.close();
});

test('the editor in the other looks', async () => {
  await forEachLook(browser, USERS.owner, OTHER_LOOKS, async (page, look) => {
    await page.goto('/automations');
    await page.getByTestId('automation-rule').first().waitFor();
    await settle(page);
    expect(await horizontalOverflow(page), `automations scroll sideways on ${look.size}`).toBeLessThanOrEqual(0);
    await screenshot(page, `automations-${look.size}-${look.theme}`);
    // The demo's own Welcome sequence (the oldest of that name), which has runs.
    await page.getByTestId('automation-rule').filter({ hasText: 'Welcome sequence' }).last().getByRole('link', { name: /^Edit / }).click();
    await page.getByTestId('automation-run').first().waitFor();
    expect(await page.getByTestId('automation-run').first().textContent()).toMatch(/Step 1: /);
    await step(page, 1, 'Send an email').getByRole('button', { name: 'Preview step 1' }).click();
    await step(page, 1, 'Send an email').getByRole('figure').waitFor();
    await settle(page);
    expect(await horizontalOverflow(page), `the editor scrolls sideways on ${look.size}`).toBeLessThanOrEqual(0);
    await screenshot(page, `automation-editor-${look.size}-${look.theme}`);
  });
});
