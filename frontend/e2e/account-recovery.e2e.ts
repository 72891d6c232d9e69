// Goal: a coach who runs a studio alone signs up (choosing the studio's time zone by searching),
// coaches clients themself, invites an admin and manages that invitation, forgets their password
// and sets a new one from the emailed link, and gets back in while someone else is guessing it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, mailDir, newContext, PHONE, screenshot, settle, unique, watchCspViolations } from './support/browser';
import { linkFromInbox, mailTo } from './support/mail-sink';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FIRST_PASSWORD = 'first-password-123';
const NEW_PASSWORD = 'second-password-456';
const suffix = unique();
const owner = { first: 'Sam', last: `Solo${suffix}`, email: `sam.solo.${suffix}@example.com`, studio: `Solo Studio ${suffix}` };

async function signInAs(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('sign up with a searched time zone, coach yourself, and manage a pending invitation', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const violations = await watchCspViolations(page);

  await page.goto('/sign-up');
  await page.getByLabel('Studio name').fill(owner.studio);
  await page.getByLabel('First name').fill(owner.first);
  await page.getByLabel('Last name').fill(owner.last);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(FIRST_PASSWORD);
  await page.getByLabel('Search studio time zone').fill('tokyo');
  await page.getByLabel('Studio time zone', { exact: true }).selectOption('Asia/Tokyo');
  expect(await page.getByText(/^Chosen:/).textContent()).toContain('Tokyo');
  await page.getByRole('button', { name: 'Create studio' }).click();
  await page.waitForURL(/\/$/);

  await page.goto('/trainers');
  await page.getByRole('button', { name: 'Coach clients yourself' }).click();
  await page.getByRole('button', { name: 'Add me as a trainer' }).click();
  await page.waitForURL(/\/trainers\/\d+$/);
  await page.getByRole('heading', { name: `${owner.first} ${owner.last}` }).waitFor();
  await page.goto('/trainers');
  expect(await page.getByRole('button', { name: 'Coach clients yourself' }).count()).toBe(0);

  await page.goto('/settings');
  expect(await page.getByTestId('time-zone-in-use').textContent()).toContain('Tokyo');
  await page.getByText('No invitation is waiting.').waitFor();
  const adminEmail = `admin.${suffix}@example.com`;
  await page.getByRole('button', { name: 'Invite an admin' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite an admin' });
  await dialog.getByLabel('Email').fill(adminEmail);
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await dialog.getByText(/We emailed this link to/).waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();

  const list = page.getByRole('list', { name: 'Pending invitations' });
  await list.getByText(adminEmail).waitFor();
  const row = list.getByRole('listitem').filter({ hasText: adminEmail });
  expect(await row.textContent()).toContain(`by ${owner.first} ${owner.last}`);
  expect(await row.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  const firstLink = await linkFromInbox(mailDir(), adminEmail, '/accept-invite');

  await row.getByRole('button', { name: `Resend the invitation to ${adminEmail}` }).click();
  await page.getByText(`Invitation sent again to ${adminEmail}`).waitFor();
  await expect.poll(() => mailTo(mailDir(), adminEmail).length).toBe(2);
  expect(await linkFromInbox(mailDir(), adminEmail, '/accept-invite')).not.toBe(firstLink);
  await settle(page);
  await screenshot(page, 'settings-invitations-desktop-dark');

  await row.getByRole('button', { name: `Revoke the invitation to ${adminEmail}` }).click();
  await page.getByRole('dialog', { name: 'Revoke this invitation?' }).getByRole('button', { name: 'Revoke invitation' }).click();
  await page.getByText('No invitation is waiting.').waitFor();
  expect(violations).toEqual([]);
  await context.close();
});

test('forgot password: the emailed link sets a new password and signs in', async () => {
  const context = await newContext(browser, { viewport: PHONE, theme: 'light' });
  const page = await context.newPage();
  const violations = await watchCspViolations(page);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(owner.email);
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await page.waitForURL(/\/forgot-password\?email=/);
  expect(await page.getByLabel('Email').inputValue()).toBe(owner.email);
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await page.getByText('If an account uses this email, we sent it a link to choose a new password.').waitFor();

  const link = await linkFromInbox(mailDir(), owner.email, '/reset-password');
  await page.goto(link);
  await page.getByText(`Choose a new password for ${owner.email}.`).waitFor();
  await screenshot(page, 'reset-password-phone-light');
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Repeat the new password').fill(`${NEW_PASSWORD}-typo`);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await page.getByText('The passwords do not match.').waitFor();
  await page.getByLabel('Repeat the new password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await page.waitForURL(/\/$/);

  await page.goto(link);
  await page.getByText('This link was already used. Ask for a new one.').waitFor();
  expect(violations).toEqual([]);
  await context.close();
});

test('while a stranger guesses the password, the owner unlocks sign-in on their browser by email', async () => {
  const stranger = await newContext(browser);
  const guessing = await stranger.newPage();
  await guessing.goto('/sign-in');
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await signInAs(guessing, owner.email, `guess-${attempt}-password`);
    await guessing.getByRole('alert').first().waitFor();
  }
  await stranger.close();

  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  const violations = await watchCspViolations(page);
  await page.goto('/sign-in');
  await signInAs(page, owner.email, NEW_PASSWORD);
  await page.getByText(/Too many failed sign-ins for this email/).waitFor();
  await page.getByRole('button', { name: 'Email me an unlock link' }).click();
  await page.getByText(/we sent it a link to unlock sign-in on this browser/).waitFor();
  await screenshot(page, 'sign-in-throttled-phone-dark');

  await page.goto(await linkFromInbox(mailDir(), owner.email, '/unlock-sign-in'));
  await page.waitForURL(/\/sign-in$/);
  await page.getByText(`This browser may now sign in to ${owner.email} without waiting.`).waitFor();
  expect(await page.getByLabel('Email').inputValue()).toBe(owner.email);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/$/);
  expect(violations).toEqual([]);
  await context.close();
});
