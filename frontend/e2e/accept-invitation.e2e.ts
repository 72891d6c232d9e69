// Goal: an owner invites a client to the portal; the client opens the link, chooses a password
// and lands in their portal.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newContext, PHONE, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('invite a client and accept the invitation', async () => {
  const staff = await newContext(browser);
  const page = await staff.newPage();
  const lastName = `Invitee${unique()}`;
  const address = `${lastName.toLowerCase()}@example.com`;
  await signIn(page, USERS.owner);
  await page.goto('/clients/new');
  await page.getByLabel('First name').fill('Robin');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Email', { exact: true }).fill(address);
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.getByRole('heading', { name: `Robin ${lastName}` }).waitFor();

  await page.getByRole('button', { name: 'Invite to portal' }).click();
  const dialog = page.getByRole('dialog', { name: `Invite Robin ${lastName}` });
  expect(await dialog.getByLabel('Email').inputValue()).toBe(address);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const link = await dialog.getByLabel('Invitation link').inputValue();
  expect(link).toMatch(/\/accept-invite\?token=/);
  await staff.close();

  const invitee = await newContext(browser, { viewport: PHONE, theme: 'light' });
  const portal = await invitee.newPage();
  await portal.goto(link);
  await portal.getByText(address).waitFor();
  await portal.getByRole('button', { name: /^Join / }).click();
  await portal.getByText('First name is required.').waitFor();
  await portal.getByLabel('First name').fill('Robin');
  await portal.getByLabel('Last name').fill(lastName);
  await portal.getByLabel('Choose a password').fill('a-long-password-42');
  await portal.getByRole('button', { name: /^Join / }).click();
  await portal.waitForURL(/\/portal$/);
  await portal.getByRole('heading', { name: 'Hi, Robin' }).waitFor();
  await invitee.close();
});
