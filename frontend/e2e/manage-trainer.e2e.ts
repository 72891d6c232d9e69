// Goal: an owner adds a trainer, edits their profile, and archives them from the list.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import { launchBrowser, newContext, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('add, edit and archive a trainer', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const lastName = `Coach${unique()}`;
  await signIn(page, USERS.owner);
  await page.goto('/trainers');
  await page.getByRole('link', { name: 'Add trainer' }).click();
  await page.getByLabel('First name').fill('Kai');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Email').fill(`kai.${lastName.toLowerCase()}@example.com`);
  await page.getByLabel('Specializations').fill('Kettlebells, Mobility');
  await page.getByRole('button', { name: 'Add trainer' }).click();
  await page.getByRole('heading', { name: `Kai ${lastName}` }).waitFor();
  await page.getByRole('button', { name: 'Invite to sign in' }).waitFor();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Bio').fill('Ten years of kettlebell coaching.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Ten years of kettlebell coaching.').waitFor();

  await page.goto(`/trainers?q=${lastName}`);
  const table = page.getByRole('table', { name: 'Trainers' });
  await table.getByRole('checkbox', { name: `Select Kai ${lastName}` }).check();
  await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
  await page.getByText('Archived 1 trainer.').waitFor();
  await page.getByText('No trainers match these filters').waitFor();
  await page.getByLabel('Status').selectOption('archived');
  await table.getByRole('link', { name: `Kai ${lastName}` }).waitFor();
  await context.close();
});
