// Goal: an owner adds a client, finds them by search, edits them, assigns a trainer, and sees
// both the change and the assignment in the activity log.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newContext, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('create, find, edit, assign, and audit a client', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const lastName = `Quill${unique()}`;
  await signIn(page, USERS.owner);

  // Create: browser checks run first, then the client is saved.
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await page.getByRole('link', { name: 'Add client' }).click();
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.getByText('First name is required.').waitFor();
  await page.getByLabel('First name').fill('Avery');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Email', { exact: true }).fill(`avery.${lastName.toLowerCase()}@example.com`);
  await page.getByLabel('Phone', { exact: true }).fill('+1 415 555 0142');
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.getByRole('heading', { name: `Avery ${lastName}` }).waitFor();
  await page.getByText(`Avery ${lastName} is added.`).waitFor();
  const clientUrl = page.url();

  // Find by a debounced server-side search; the query lands in the URL.
  await page.goto('/clients');
  await page.getByLabel('Search clients').fill(lastName.slice(0, 8));
  await page.waitForURL(/q=/);
  await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: `Avery ${lastName}` }).waitFor();
  expect(await page.getByTestId('showing').textContent()).toMatch(/Showing 1–1 of 1/);

  // Edit: a server-side field error is shown beside the field, and what was typed stays.
  await page.getByRole('table', { name: 'Clients' }).getByRole('link', { name: `Avery ${lastName}` }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Phone', { exact: true }).fill('not a phone');
  await page.getByLabel('Goals').fill('Run a half marathon');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('alert').filter({ hasText: /phone/i }).first().waitFor();
  expect(await page.getByLabel('Goals').inputValue()).toBe('Run a half marathon');
  await page.getByLabel('Phone', { exact: true }).fill('+1 415 555 0199');
  await page.getByLabel('Status').selectOption('active');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForURL(clientUrl);
  await page.getByText('Run a half marathon').waitFor();

  // Assign a trainer.
  const trainerSelect = page.getByLabel('Assign a trainer');
  const trainerName = (await trainerSelect.locator('option').nth(1).textContent())!.trim();
  await trainerSelect.selectOption({ label: trainerName });
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await page.getByText(`${trainerName} now coaches Avery ${lastName}.`).waitFor();
  await page.getByRole('list', { name: 'Current trainers' }).getByText(trainerName).waitFor();

  // Assign a second trainer, then unassign them: they move to the history.
  const secondName = (await trainerSelect.locator('option').nth(1).textContent())!.trim();
  await trainerSelect.selectOption({ label: secondName });
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await page.getByRole('list', { name: 'Current trainers' }).getByText(secondName).waitFor();
  await page.getByRole('button', { name: `Unassign ${secondName}` }).click();
  await page.getByText(`${secondName} no longer coaches Avery ${lastName}.`).waitFor();
  await page.getByText('Past trainers (1)').click();
  await page.getByRole('group').getByText(secondName).waitFor();

  // The activity log holds the creation, the edit and the assignment.
  await page.getByRole('link', { name: /history in the activity log/ }).click();
  await page.waitForURL(/\/activity\?/);
  const log = page.getByRole('list', { name: 'Activity' });
  await log.getByText('Trainer assigned', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: `Only “Avery ${lastName}” ✕` }).waitFor();
  const actions = await log.locator('li').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));
  expect(actions.some((row) => row.includes('Trainer assigned') && row.includes(trainerName))).toBe(true);
  // Goals are stored encrypted: the log says they changed, never what they say.
  expect(actions.some((row) => row.includes('Changed') && row.includes('Goals') && row.includes('private, stored encrypted'))).toBe(true);
  expect(actions.some((row) => row.includes('Run a half marathon'))).toBe(false);
  expect(actions.some((row) => row.includes('Created') && row.includes(lastName))).toBe(true);
  expect(actions.some((row) => row.includes('Trainer unassigned') && row.includes(secondName))).toBe(true);
  await context.close();
});
