// Goal: a coach sees who is behind on their program, comments on a finished workout, and the client reads it and replies.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DESKTOP, forEachLook, horizontalOverflow, launchBrowser, newContext, OTHER_LOOKS, PHONE, screenshot, settle, signIn, unique, USERS } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the coach filters compliance, comments on a workout, and the client replies in the portal', async () => {
  const note = `Great squats today ${unique()}`;
  const coachContext = await newContext(browser, { viewport: DESKTOP });
  const coach = await coachContext.newPage();
  await signIn(coach, USERS.trainer1);
  await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Training' }).click();
  await coach.waitForURL(/\/training/);
  await coach.getByRole('heading', { name: 'Compliance' }).waitFor();
  await settle(coach);
  const table = coach.getByRole('table', { name: 'Compliance per client' });
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
  await screenshot(coach, 'training-coaching-desktop-dark');

  // Only those who missed their last two workouts; the filter lives in the URL.
  await coach.getByLabel('Last two workouts').selectOption('yes');
  await coach.waitForURL(/missed=yes/);
  await settle(coach);
  // The filtered rows replace the earlier ones once they arrive: none that did not miss both is left.
  await expect.poll(() => table.getByText('Not both missed').count()).toBe(0);
  const missed = await table.locator('tbody tr').count();
  if (missed > 0) expect(await table.getByText('Both missed').count()).toBe(missed);
  await coach.getByLabel('Last two workouts').selectOption('');
  await settle(coach);

  // The demo client's newest finished workout (they are coached by trainer1): open its thread and post a note.
  const clientContext = await newContext(browser, { viewport: PHONE });
  const portal = await clientContext.newPage();
  await signIn(portal, USERS.client, /\/portal$/);
  const me = (await (await clientContext.request.get('/api/auth/me')).json()) as { client_id: number };
  await coach.goto('/training?feed_per_page=100');
  const feed = coach.getByRole('list', { name: 'Finished workouts' });
  await feed.waitFor();
  await settle(coach);
  const entry = feed.locator(':scope > li', { has: coach.locator(`a[href="/clients/${me.client_id}"]`) }).first();
  await entry.getByRole('button', { name: /Comment/ }).click();
  await entry.getByLabel('Add a comment').fill(note);
  await entry.getByRole('button', { name: 'Post' }).click();
  await entry.getByText(note).waitFor();
  await coachContext.close();

  // The client sees the note on that workout in the portal, and replies.
  await portal.reload();
  const fromCoach = portal.getByRole('list', { name: 'Comments on your workouts' });
  await fromCoach.waitFor();
  await settle(portal);
  const thread = fromCoach.locator(':scope > li').first();
  await thread.getByText(note).waitFor();
  const reply = `Thanks coach ${unique()}`;
  await thread.getByLabel('Add a comment').fill(reply);
  await thread.getByRole('button', { name: 'Post' }).click();
  await thread.getByText(reply).waitFor();
  expect(await horizontalOverflow(portal)).toBe(0);
  await screenshot(portal, 'training-coaching-portal-phone-dark');
  await clientContext.close();
});

test('the Training screen reads well in every look', async () => {
  await forEachLook(browser, USERS.trainer1, OTHER_LOOKS, async (page, look) => {
    await page.goto('/training');
    await page.getByRole('heading', { name: 'Finished workouts' }).waitFor();
    await settle(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, `training-coaching-${look.size}-${look.theme}`);
  });
});
