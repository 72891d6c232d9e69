// Goal: every main screen works on a 390×844 phone and a 1440×900 desktop, in the dark and the
// light theme (the system's choice, which the app follows by default). Screenshots go to
// frontend/test-results/screenshots/ for people to look at.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, horizontalOverflow, launchBrowser, newContext, PHONE, screenshot, signIn, settle, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sizes = { phone: PHONE, desktop: DESKTOP } as const;

describe.each(['dark', 'light'] as const)('%s theme', (theme) => {
  describe.each(['phone', 'desktop'] as const)('%s', (size) => {
    test('staff screens', async () => {
      const context = await newContext(browser, { viewport: sizes[size], theme });
      const page = await context.newPage();
      const shot = async (name: string) => {
        await settle(page);
        expect(await horizontalOverflow(page), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
        await screenshot(page, `${name}-${size}-${theme}`);
      };

      await page.goto('/sign-in');
      await shot('sign-in');
      await signIn(page, USERS.owner);
      await page.getByRole('heading', { name: 'Clients by status' }).waitFor();
      await shot('dashboard');

      await page.goto('/clients');
      await page.getByTestId('showing').waitFor();
      await shot('clients');

      const firstClient = page.getByRole(size === 'phone' ? 'list' : 'table', { name: 'Clients' }).getByRole('link').first();
      await firstClient.click();
      await page.getByRole('heading', { name: 'Trainers' }).waitFor();
      await shot('client-detail');

      await page.getByRole('link', { name: 'Edit' }).click();
      await page.getByLabel('First name').waitFor();
      await shot('client-edit');

      await page.goto('/trainers');
      await page.getByTestId('showing').waitFor();
      await shot('trainers');

      const firstTrainer = page.getByRole(size === 'phone' ? 'list' : 'table', { name: 'Trainers' }).getByRole('link').first();
      await firstTrainer.click();
      await page.getByRole('heading', { name: /^Clients \(/ }).waitFor();
      await shot('trainer-detail');

      await page.goto('/activity');
      await page.getByTestId('showing').waitFor();
      await shot('activity');
      await context.close();
    });

    test('trainer screens', async () => {
      const context = await newContext(browser, { viewport: sizes[size], theme });
      const page = await context.newPage();
      await signIn(page, USERS.trainer1);
      await page.getByRole('heading', { name: 'Clients by status' }).waitFor();
      await settle(page);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `trainer-dashboard-${size}-${theme}`);
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      await screenshot(page, `shortcuts-${size}-${theme}`);
      await context.close();
    });

    test('client portal', async () => {
      const context = await newContext(browser, { viewport: sizes[size], theme });
      const page = await context.newPage();
      await signIn(page, USERS.client, /\/portal$/);
      await page.getByRole('heading', { name: 'Trainers' }).waitFor();
      await settle(page);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `portal-${size}-${theme}`);
      await context.close();
    });
  });
});
