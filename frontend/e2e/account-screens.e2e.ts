// Goal: the account screens of issue 8 read well on a 390×844 phone and a 1440×900 desktop, dark
// and light: sign-up with its time-zone search, forgot and reset password, the pending
// invitations in Settings and "Coach clients yourself" on Trainers. Screenshots go to
// frontend/test-results/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { horizontalOverflow, DESKTOP, launchBrowser, mailDir, newContext, PHONE, screenshot, settle, signIn, USERS } from './support/browser';
import { linkFromInbox } from './support/mail-sink';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // One pending invitation for the demo studio, so that Settings shows the list.
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, USERS.owner);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Invite an admin' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite an admin' });
  await dialog.getByLabel('Email').fill('front.desk.lead@example.com');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await dialog.getByText(/We emailed this link to/).waitFor();
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

const sizes = { phone: PHONE, desktop: DESKTOP } as const;

async function shot(page: Page, name: string) {
  await settle(page);
  expect(await horizontalOverflow(page), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await screenshot(page, name);
}

describe.each(['dark', 'light'] as const)('%s theme', (theme) => {
  describe.each(['phone', 'desktop'] as const)('%s', (size) => {
    test('signed-out account screens', async () => {
      const context = await newContext(browser, { viewport: sizes[size], theme });
      const page = await context.newPage();
      await page.goto('/sign-up');
      await page.getByLabel('Search studio time zone').fill('new york');
      await shot(page, `sign-up-${size}-${theme}`);

      await page.goto('/forgot-password');
      await shot(page, `forgot-password-${size}-${theme}`);
      await page.getByLabel('Email').fill(USERS.trainer2);
      await page.getByRole('button', { name: 'Email me a reset link' }).click();
      await page.getByRole('status').waitFor();
      await shot(page, `forgot-password-sent-${size}-${theme}`);

      await page.goto(await linkFromInbox(mailDir(), USERS.trainer2, '/reset-password'));
      await page.getByLabel('New password', { exact: true }).waitFor();
      await shot(page, `reset-password-${size}-${theme}`);
      await context.close();
    });

    test('owner screens: pending invitations and coach yourself', async () => {
      const context = await newContext(browser, { viewport: sizes[size], theme });
      const page = await context.newPage();
      await signIn(page, USERS.owner);
      await page.goto('/settings');
      const list = page.getByRole('list', { name: 'Pending invitations' });
      await list.getByText('front.desk.lead@example.com').waitFor();
      await list.scrollIntoViewIfNeeded();
      await shot(page, `settings-invitations-${size}-${theme}`);
      await page.goto('/trainers');
      await page.getByRole('button', { name: 'Coach clients yourself' }).click();
      await page.getByRole('dialog', { name: 'Coach clients yourself?' }).waitFor();
      await shot(page, `coach-yourself-${size}-${theme}`);
      await context.close();
    });
  });
});
